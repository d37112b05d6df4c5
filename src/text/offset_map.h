// OffsetMap: how a derived text's bytes correspond to a base text's bytes.
//
// Every transformation figcheck applies to text (decoding, dropping markup,
// normalizing) produces a new string and an OffsetMap from the new string
// ("out") back to the string it was made from ("in"). Maps compose, so the
// normalized view maps straight back to the source text.
//
// A map is a list of pieces that tile the out text in order:
//   - a copy piece: out[o, o+n) corresponds byte for byte to in[i, i+n)
//     (the bytes may differ, as in case folding, but not their count);
//   - a replace piece: out[o, o+m) came from in[i, i+k) as a whole
//     ("  \n " -> " ", "٣" -> "3", "ﻻ" -> "لا"); any offset inside maps to
//     the whole input range. k may be 0 (text the transformation inserted).
// Input bytes that no piece covers were deleted (harakat, tatweel, markup).
// Pieces are monotone in both out and in offsets, so lookups either way are
// binary searches.
#ifndef FIGCHECK_TEXT_OFFSET_MAP_H_
#define FIGCHECK_TEXT_OFFSET_MAP_H_

#include <cstdint>
#include <vector>

#include "figcheck/document.h"

namespace figcheck::text {

class OffsetMap {
 public:
  struct Piece {
    uint32_t out_begin;
    uint32_t out_len;
    uint32_t in_begin;
    uint32_t in_len;
    bool copy;  // byte-for-byte (out_len == in_len)
  };

  OffsetMap() = default;
  // The map of a text onto an unchanged copy of itself, shifted by `shift`
  // bytes in the base (a stripped byte order mark shifts by 3).
  static OffsetMap Identity(uint32_t len, uint32_t shift = 0);

  // Builders: pieces must be added in increasing out order, each starting
  // where the previous one ended. Adjacent copies merge.
  void AddCopy(uint32_t out_begin, uint32_t in_begin, uint32_t len);
  void AddReplace(uint32_t out_begin, uint32_t out_len, uint32_t in_begin, uint32_t in_len);
  // Drops every piece, keeping the memory for reuse.
  void Clear() { pieces_.clear(); }
  // Drops every piece (or part of one) at or after out offset `out_end`;
  // a replace piece that straddles it is dropped whole.
  void TruncateOut(uint32_t out_end);

  // The base range a derived range came from. An empty derived range maps
  // to an empty base range at the mapped begin.
  Span ToBase(Span out) const;
  uint32_t ToBaseBegin(uint32_t out_offset) const;
  uint32_t ToBaseEnd(uint32_t out_end) const;  // exclusive end
  // The derived offset of a base offset: the first out byte whose piece
  // starts at or after it (for a base offset inside a replace piece: that
  // piece's out begin). Used to carry boundaries found in the base text
  // (sentence breaks) into the derived text.
  uint32_t FromBase(uint32_t in_offset) const;

  // this: A -> B and base: B -> C gives A -> C.
  OffsetMap Compose(const OffsetMap& base) const;

  uint32_t out_size() const {
    return pieces_.empty() ? 0 : pieces_.back().out_begin + pieces_.back().out_len;
  }
  const std::vector<Piece>& pieces() const { return pieces_; }
  bool empty() const { return pieces_.empty(); }

 private:
  // Index of the piece holding out offset `o` (o < out_size()).
  size_t PieceAt(uint32_t o) const;

  std::vector<Piece> pieces_;
};

}  // namespace figcheck::text

#endif  // FIGCHECK_TEXT_OFFSET_MAP_H_
