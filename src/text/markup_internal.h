// The per-format readers behind ExtractVisible (markup.h).
#ifndef FIGCHECK_TEXT_MARKUP_INTERNAL_H_
#define FIGCHECK_TEXT_MARKUP_INTERNAL_H_

#include <cstdint>
#include <string_view>

#include "figcheck/status.h"
#include "text/markup.h"

namespace figcheck::text {

// Markdown (md4c): see markdown.cc for what is kept.
Status ExtractMarkdown(std::string_view source, uint32_t body_begin, VisibleText* out);

// HTML (gumbo): see html.cc for what is kept.
Status ExtractHtml(std::string_view source, uint32_t body_begin, VisibleText* out);

// HTML by a plain tag stripper, for documents nested too deeply for the
// tree builder (see html.cc). Visible text only approximately: it cannot
// tell hidden elements.
Status ExtractHtmlFlat(std::string_view source, uint32_t body_begin, VisibleText* out);

// Rough nesting depth of HTML: start tags minus end tags, not counting void
// elements or those whose end tag may be left out. Stops counting once past
// `limit` and returns a value above it.
uint32_t EstimateHtmlDepth(std::string_view html, uint32_t limit);

}  // namespace figcheck::text

#endif  // FIGCHECK_TEXT_MARKUP_INTERNAL_H_
