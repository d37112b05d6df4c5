// Paragraphs and sentences of a normalized view.
//
// Paragraphs are the view's "\n"-separated lines. Sentences come from ICU's
// sentence BreakIterator run on the *visible* text of each paragraph (before
// case folding, which ICU's rules depend on: "U.S. officials", "3.5"), with
// the paragraph's language ("en@ss=standard" adds English abbreviation
// suppressions); the boundaries are carried into the view through its
// offset map. ICU sees the paragraph with its line separators as spaces (a
// paragraph of the view may span several visible lines of hard-wrapped
// text; the view decided they are one paragraph). A paragraph with no
// sentence-ending punctuation, or with it only in its closing run (". ",
// "?\"", ".)"), is one sentence and costs no ICU call.
#ifndef FIGCHECK_TEXT_SEGMENT_H_
#define FIGCHECK_TEXT_SEGMENT_H_

#include <string>
#include <string_view>
#include <vector>

#include "figcheck/document.h"
#include "text/offset_map.h"

namespace figcheck::text {

struct Paragraph {
  Span norm;         // bytes of the normalized view, without the "\n"
  std::string lang;  // "ar", "en", or "und" when it has no letters
};

struct Sentence {
  Span norm;  // bytes of the normalized view, trimmed of spaces
  uint32_t paragraph = 0;
};

// Language of a stretch of normalized text from its letters: "ar" when
// Arabic letters are at least as many as Latin ones, "en" when Latin ones
// win, "und" when it has neither.
std::string DetectLanguage(std::string_view norm);

// Splits `norm` into paragraphs and sentences. `visible` is the text `norm`
// was normalized from and `norm_to_visible` the map between them.
// `lang` forces every paragraph's language; empty means detect.
void Segment(std::string_view norm, std::string_view visible, const OffsetMap& norm_to_visible,
             std::string_view lang, std::vector<Paragraph>* paragraphs,
             std::vector<Sentence>* sentences);

}  // namespace figcheck::text

#endif  // FIGCHECK_TEXT_SEGMENT_H_
