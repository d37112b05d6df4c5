#include "base/line_index.h"

#include <algorithm>
#include <cstring>

#include "base/utf8.h"

namespace figcheck::base {

LineIndex::LineIndex(std::string_view text) : text_(text) {
  line_starts_.push_back(0);
  line_cp_starts_.push_back(0);
  // Line breaks are found with memchr and the code points between them
  // counted in a loop the compiler vectorizes: a byte-at-a-time scan cost
  // as much as a tenth of the text stages on news text.
  const char* const p = text.data();
  const size_t n = text.size();
  auto next = [&](char c, size_t from) {
    const void* hit = from < n ? std::memchr(p + from, c, n - from) : nullptr;
    return hit != nullptr ? static_cast<size_t>(static_cast<const char*>(hit) - p) : n;
  };
  size_t lf = next('\n', 0), cr = next('\r', 0);
  uint64_t cps = 0;
  size_t i = 0;
  while (true) {
    const size_t b = std::min(lf, cr);
    if (b >= n) break;
    const size_t end = b + 1;  // one past the break
    if (b == cr) {
      if (b + 1 < n && p[b + 1] == '\n') {
        // CRLF: the break ends at the LF, which the next step reads.
        cr = next('\r', b + 1);
        continue;
      }
      cr = next('\r', end);
    } else {
      lf = next('\n', end);
    }
    cps += CountCodePoints(text.substr(i, end - i));
    i = end;
    line_starts_.push_back(static_cast<uint32_t>(end));
    line_cp_starts_.push_back(cps);
  }
}

Position LineIndex::PositionOf(uint32_t offset) const {
  offset = std::min<uint32_t>(offset, static_cast<uint32_t>(text_.size()));
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const size_t line = static_cast<size_t>(it - line_starts_.begin()) - 1;
  const uint32_t start = line_starts_[line];
  // Code points strictly before `offset` on this line; an offset inside a
  // sequence is counted as that sequence's start.
  const uint64_t cols = CountCodePoints(text_.substr(start, offset - start)) -
                        ((offset < text_.size() &&
                          (static_cast<unsigned char>(text_[offset]) & 0xC0) == 0x80)
                             ? 1
                             : 0);
  Position p;
  p.line = static_cast<uint32_t>(line + 1);
  p.column = static_cast<uint32_t>(cols + 1);
  p.offset = line_cp_starts_[line] + cols;
  return p;
}

}  // namespace figcheck::base
