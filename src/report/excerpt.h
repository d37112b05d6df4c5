// Excerpts: the sentence a claim was found in, cut to a window around the
// figure, with the figure apart so each format can mark it its own way.
//
// Claim::sentence_text is the original sentence with whitespace collapsed,
// so byte offsets from the source no longer line up exactly; the figure is
// located by its text, taking the occurrence nearest to where the source
// offsets put it.
#ifndef FIGCHECK_REPORT_EXCERPT_H_
#define FIGCHECK_REPORT_EXCERPT_H_

#include <cstdint>
#include <string>

#include "figcheck/claim.h"

namespace figcheck::report {

struct Excerpt {
  std::string before;  // starts with "…" when cut
  std::string figure;  // empty when the figure was not found in the sentence
  std::string after;   // ends with "…" when cut
};

// `context`: code points kept on each side of the figure.
Excerpt MakeExcerpt(const Claim& claim, uint32_t context);

}  // namespace figcheck::report

#endif  // FIGCHECK_REPORT_EXCERPT_H_
