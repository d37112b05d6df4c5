// Character references ("&amp;", "&#1575;", "&eacute;") as HTML and
// Markdown decode them, for the markup readers, which must map each decoded
// reference back to its exact source bytes.
#ifndef FIGCHECK_TEXT_HTML_ENTITIES_H_
#define FIGCHECK_TEXT_HTML_ENTITIES_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace figcheck::text {

enum class EntityRules {
  // HTML text content (the HTML5 tokenizer's data state): legacy names
  // without ";" and name prefixes count ("&notit;" is "¬it;"), numeric
  // references in 0x80..0x9F mean windows-1252.
  kHtmlText,
  // CommonMark: only a whole name with its ";" counts; numeric references
  // are code points (0 and invalid ones become U+FFFD).
  kCommonMark,
};

// Decodes the character reference at the start of `s` (s[0] == '&').
// Returns false when there is none (the "&" is literal). Otherwise sets
// *consumed to the bytes of `s` the reference spans and *decoded to its
// text (which, for HTML, may include literal characters that followed a
// legacy name: "&notit;" consumes 7 bytes and decodes to "¬it;").
bool DecodeCharRef(std::string_view s, EntityRules rules, size_t* consumed, std::string* decoded);

}  // namespace figcheck::text

#endif  // FIGCHECK_TEXT_HTML_ENTITIES_H_
