// Markup: the visible text of a document, with a map back to its source.
//
// Plain text is its own visible text. Markdown keeps the text of headings,
// paragraphs, list items, table cells and quotes, and drops code blocks and
// link targets. HTML keeps visible text, drops script, style and hidden
// elements, and decodes entities. Block boundaries become blank lines
// ("\n\n") so the normalizer sees paragraphs.
#ifndef FIGCHECK_TEXT_MARKUP_H_
#define FIGCHECK_TEXT_MARKUP_H_

#include <string>
#include <string_view>

#include "figcheck/document.h"
#include "figcheck/status.h"
#include "text/offset_map.h"

namespace figcheck::text {

struct VisibleText {
  std::string text;
  OffsetMap map;  // text -> source text
  // Whether a single line break in `text` ends a paragraph (one-paragraph-
  // a-line plain text) or is a soft wrap (hard-wrapped text, Markdown).
  bool line_breaks_are_paragraphs = true;
};

// The format to use for a file name when the caller said kAuto.
InputFormat FormatForPath(std::string_view path);

// Extracts the visible text of source[body_begin, end) (body_begin skips
// front matter). Offsets in the map index `source`.
Status ExtractVisible(std::string_view source, uint32_t body_begin, InputFormat format,
                      VisibleText* out);

// For plain text: true when the text looks hard-wrapped (short lines that
// run on into the next), so single line breaks are soft.
bool LooksHardWrapped(std::string_view text);

}  // namespace figcheck::text

#endif  // FIGCHECK_TEXT_MARKUP_H_
