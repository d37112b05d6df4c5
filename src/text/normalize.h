// The normalized view: the form of a text that rules and grammars match on.
//
// Built once per document, in one pass, with an OffsetMap back to its input.
// Per code point (documented in docs/normalization.md):
//   - NFKC with case folding (ICU's NFKC_Casefold), which also removes
//     default-ignorable code points (bidi controls, zero-width marks);
//   - canonical decomposition, then every nonspacing mark (Mn) dropped:
//     Arabic harakat and tanween, the hamza of أ إ ؤ ئ, Latin accents;
//   - Arabic folds: ا for آ أ إ ٱ, ي for ى and ی, ه for ة, ك for ک;
//     tatweel removed;
//   - decimal digits of every script to ASCII; ٫ to ".", ٬ to ",", ٪ to "%";
//   - dashes (Pd, U+2212) to "-", curly quotes and guillemets to '"' or "'";
//   - other control characters removed;
//   - every run of whitespace to one " ", or to one "\n" when it is a
//     paragraph break (a blank line, U+2029, or any line break when
//     `line_breaks_are_paragraphs`). Leading and trailing whitespace goes.
// Because each code point's result depends only on that code point, the
// work is a table lookup per code point; the tables are built lazily, 256
// code points at a time, from ICU.
#ifndef FIGCHECK_TEXT_NORMALIZE_H_
#define FIGCHECK_TEXT_NORMALIZE_H_

#include <string>
#include <string_view>

#include "text/offset_map.h"

namespace figcheck::text {

struct NormalizeOptions {
  // Plain text written one paragraph a line (most scraped news) sets this;
  // hard-wrapped text and Markdown (whose visible text marks paragraphs
  // with blank lines) leave it off.
  bool line_breaks_are_paragraphs = true;
};

struct NormalizedText {
  std::string text;
  OffsetMap map;  // text -> the input of Normalize
};

// Normalizes valid UTF-8 `in` into *out (whose buffers are reused).
void Normalize(std::string_view in, const NormalizeOptions& options, NormalizedText* out);

// Convenience for short strings (lexicon entries, patterns): the normalized
// text only, with line breaks as spaces.
std::string NormalizeString(std::string_view in);

}  // namespace figcheck::text

#endif  // FIGCHECK_TEXT_NORMALIZE_H_
