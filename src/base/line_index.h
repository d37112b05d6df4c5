// LineIndex: byte offset -> (line, column, code point offset) for one text.
//
// Built once per text in one pass; each lookup is a binary search over line
// starts plus a count of the code points between the line start and the
// offset. Lines end at "\n" ("\r\n" counts as one break: the "\r" belongs to
// the line it ends; a lone "\r" also ends a line).
#ifndef FIGCHECK_BASE_LINE_INDEX_H_
#define FIGCHECK_BASE_LINE_INDEX_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "figcheck/document.h"

namespace figcheck::base {

class LineIndex {
 public:
  LineIndex() = default;
  explicit LineIndex(std::string_view text);

  // Position of byte offset `offset` (clamped to the text size). An offset
  // inside a multi-byte sequence counts as the start of that code point.
  Position PositionOf(uint32_t offset) const;

  size_t line_count() const { return line_starts_.size(); }

 private:
  std::string_view text_;
  std::vector<uint32_t> line_starts_;      // byte offset of each line start
  std::vector<uint64_t> line_cp_starts_;   // code points before each line
};

}  // namespace figcheck::base

#endif  // FIGCHECK_BASE_LINE_INDEX_H_
