// Decoding: input bytes to the UTF-8 source text.
//
// Accepted: UTF-8 with or without a byte order mark, UTF-16 (LE/BE) with a
// byte order mark, and any encoding ICU has a converter for, named by the
// caller (--encoding windows-1256). Bytes that are not valid UTF-8 and name
// no encoding go through ICU charset detection; when it is not confident,
// decoding fails naming the first bad byte's offset. Input holding NUL bytes
// (after a UTF-16 BOM has been accounted for) is binary and refused.
#ifndef FIGCHECK_TEXT_DECODE_H_
#define FIGCHECK_TEXT_DECODE_H_

#include <string>
#include <string_view>

#include "figcheck/status.h"

namespace figcheck::text {

struct DecodedText {
  std::string utf8;      // the source text, without byte order mark
  std::string encoding;  // the encoding used ("UTF-8", "windows-1256", ...)
  bool detected = false; // the encoding came from charset detection
};

// `name` is the input's display name, for error messages.
Result<DecodedText> Decode(std::string bytes, std::string_view encoding, std::string_view name);

}  // namespace figcheck::text

#endif  // FIGCHECK_TEXT_DECODE_H_
