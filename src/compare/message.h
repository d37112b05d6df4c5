// The one-sentence explanations of findings, in English. Figures are
// described in words (base/figure_text.h) and sources by outlet and date,
// so a message stands on its own in any output format.
#ifndef FIGCHECK_COMPARE_MESSAGE_H_
#define FIGCHECK_COMPARE_MESSAGE_H_

#include <string>
#include <vector>

#include "compare/context.h"

namespace figcheck::compare {

// The distinct sources of `claims`, as "A", "A and B", "A, B and C".
std::string SourcesOf(const Context& ctx, const std::vector<uint32_t>& claims);
// "says" or "say", agreeing with SourcesOf.
const char* Says(const Context& ctx, const std::vector<uint32_t>& claims);
// The figure of one claim in words.
std::string FigureOf(const Context& ctx, uint32_t claim);

// "A says X but B says Y": the opening most pair findings share.
std::string SaysBut(const Context& ctx, const std::vector<uint32_t>& a,
                    const std::vector<uint32_t>& b, const char* but);

}  // namespace figcheck::compare

#endif  // FIGCHECK_COMPARE_MESSAGE_H_
