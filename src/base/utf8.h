// UTF-8 helpers shared by every stage. All functions work on bytes and never
// allocate; invalid sequences are reported, never "fixed".
#ifndef FIGCHECK_BASE_UTF8_H_
#define FIGCHECK_BASE_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace figcheck::base {

// Decodes the code point starting at s[i] (i < s.size()) and stores it in
// *cp. Returns the sequence length (1..4), or 0 when the bytes at i are not
// a valid UTF-8 sequence (overlong forms, surrogates and values above
// U+10FFFF are invalid).
int DecodeUtf8(std::string_view s, size_t i, char32_t* cp);

// Length of the sequence that starts with lead byte b (1..4), or 0 when b
// cannot start a sequence. Only for text already known to be valid.
inline int Utf8SeqLen(unsigned char b) {
  if (b < 0x80) return 1;
  if (b < 0xC2) return 0;
  if (b < 0xE0) return 2;
  if (b < 0xF0) return 3;
  if (b < 0xF5) return 4;
  return 0;
}

// Appends the UTF-8 form of cp to *out.
void AppendUtf8(char32_t cp, std::string* out);

// Byte offset of the first invalid sequence, or npos when s is valid UTF-8.
size_t FindInvalidUtf8(std::string_view s);

// Number of code points in valid UTF-8 text.
size_t CountCodePoints(std::string_view s);

}  // namespace figcheck::base

#endif  // FIGCHECK_BASE_UTF8_H_
