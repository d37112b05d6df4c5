#include "base/line_index.h"

#include <algorithm>

#include "base/utf8.h"

namespace figcheck::base {

LineIndex::LineIndex(std::string_view text) : text_(text) {
  line_starts_.push_back(0);
  line_cp_starts_.push_back(0);
  uint64_t cps = 0;
  const size_t n = text.size();
  for (size_t i = 0; i < n; ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    cps += (c & 0xC0) != 0x80;
    const bool lf = c == '\n';
    const bool lone_cr = c == '\r' && (i + 1 >= n || text[i + 1] != '\n');
    if (lf || lone_cr) {
      line_starts_.push_back(static_cast<uint32_t>(i + 1));
      line_cp_starts_.push_back(cps);
    }
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
