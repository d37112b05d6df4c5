// Minimal decoder: UTF-8 only. The full version (UTF-16, ICU converters and
// detection) replaces this file.
#include "text/decode.h"

#include <cstring>

#include "base/utf8.h"

namespace figcheck::text {

Result<DecodedText> Decode(std::string bytes, std::string_view encoding, std::string_view name) {
  (void)encoding;
  DecodedText out;
  if (bytes.size() >= 3 && std::memcmp(bytes.data(), "\xEF\xBB\xBF", 3) == 0) bytes.erase(0, 3);
  if (bytes.find('\0') != std::string::npos) {
    return Status(StatusCode::kDecodeError, "binary input (NUL byte), not text",
                  SourceLocation{std::string(name), 0, 0});
  }
  const size_t bad = base::FindInvalidUtf8(bytes);
  if (bad != std::string::npos) {
    return Status(StatusCode::kDecodeError,
                  "invalid UTF-8 at byte " + std::to_string(bad),
                  SourceLocation{std::string(name), 0, 0});
  }
  out.utf8 = std::move(bytes);
  out.encoding = "UTF-8";
  return out;
}

}  // namespace figcheck::text
