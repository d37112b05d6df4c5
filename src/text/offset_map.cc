#include "text/offset_map.h"

#include <algorithm>
#include <cassert>

namespace figcheck::text {

OffsetMap OffsetMap::Identity(uint32_t len, uint32_t shift) {
  OffsetMap m;
  if (len > 0) m.AddCopy(0, shift, len);
  return m;
}

void OffsetMap::AddCopy(uint32_t out_begin, uint32_t in_begin, uint32_t len) {
  if (len == 0) return;
  assert(out_begin == out_size());
  if (!pieces_.empty()) {
    Piece& last = pieces_.back();
    if (last.copy && last.in_begin + last.in_len == in_begin) {
      last.out_len += len;
      last.in_len += len;
      return;
    }
  }
  pieces_.push_back(Piece{out_begin, len, in_begin, len, true});
}

void OffsetMap::AddReplace(uint32_t out_begin, uint32_t out_len, uint32_t in_begin,
                           uint32_t in_len) {
  if (out_len == 0) return;  // a pure deletion needs no piece
  assert(out_begin == out_size());
  pieces_.push_back(Piece{out_begin, out_len, in_begin, in_len, false});
}

void OffsetMap::TruncateOut(uint32_t out_end) {
  while (!pieces_.empty()) {
    Piece& last = pieces_.back();
    if (last.out_begin >= out_end) {
      pieces_.pop_back();
      continue;
    }
    if (last.out_begin + last.out_len > out_end) {
      if (!last.copy) {
        pieces_.pop_back();
        continue;
      }
      last.out_len = last.in_len = out_end - last.out_begin;
    }
    break;
  }
}

size_t OffsetMap::PieceAt(uint32_t o) const {
  auto it = std::upper_bound(pieces_.begin(), pieces_.end(), o,
                             [](uint32_t v, const Piece& p) { return v < p.out_begin; });
  return static_cast<size_t>(it - pieces_.begin()) - 1;
}

uint32_t OffsetMap::ToBaseBegin(uint32_t o) const {
  if (pieces_.empty()) return 0;
  if (o >= out_size()) {
    const Piece& last = pieces_.back();
    return last.in_begin + last.in_len;
  }
  const Piece& p = pieces_[PieceAt(o)];
  return p.copy ? p.in_begin + (o - p.out_begin) : p.in_begin;
}

uint32_t OffsetMap::ToBaseEnd(uint32_t e) const {
  if (pieces_.empty()) return 0;
  if (e == 0) return ToBaseBegin(0);
  const uint32_t last_byte = std::min(e, out_size()) - 1;
  const Piece& p = pieces_[PieceAt(last_byte)];
  return p.copy ? p.in_begin + (last_byte - p.out_begin) + 1 : p.in_begin + p.in_len;
}

Span OffsetMap::ToBase(Span out) const {
  const uint32_t b = ToBaseBegin(out.begin);
  if (out.empty()) return Span{b, b};
  return Span{b, std::max(b, ToBaseEnd(out.end))};
}

uint32_t OffsetMap::FromBase(uint32_t in) const {
  auto it = std::lower_bound(pieces_.begin(), pieces_.end(), in,
                             [](const Piece& p, uint32_t v) { return p.in_begin + p.in_len <= v; });
  if (it == pieces_.end()) return out_size();
  if (in <= it->in_begin) return it->out_begin;
  return it->copy ? it->out_begin + (in - it->in_begin) : it->out_begin;
}

OffsetMap OffsetMap::Compose(const OffsetMap& base) const {
  OffsetMap out;
  out.pieces_.reserve(pieces_.size() + base.pieces_.size());
  size_t j = 0;  // first base piece that may overlap; advances monotonically
  const auto& bp = base.pieces_;
  for (const Piece& p : pieces_) {
    if (!p.copy || p.in_len == 0) {
      const Span mid{p.in_begin, p.in_begin + p.in_len};
      const Span root = base.ToBase(mid);
      out.AddReplace(p.out_begin, p.out_len, root.begin, root.size());
      continue;
    }
    // A copy piece: walk the base pieces its input range crosses.
    uint32_t mid = p.in_begin;
    const uint32_t mid_end = p.in_begin + p.in_len;
    while (j < bp.size() && bp[j].out_begin + bp[j].out_len <= mid) ++j;
    size_t k = j;
    while (mid < mid_end) {
      if (k >= bp.size()) {  // past the base's end: map to its end, atomically
        const uint32_t end = base.out_size() ? base.ToBaseEnd(base.out_size()) : 0;
        out.AddReplace(p.out_begin + (mid - p.in_begin), mid_end - mid, end, 0);
        break;
      }
      const Piece& b = bp[k];
      if (mid < b.out_begin) {  // a gap in the base map: treat as inserted
        const uint32_t n = std::min(mid_end, b.out_begin) - mid;
        out.AddReplace(p.out_begin + (mid - p.in_begin), n, b.in_begin, 0);
        mid += n;
        continue;
      }
      const uint32_t b_end = b.out_begin + b.out_len;
      const uint32_t n = std::min(mid_end, b_end) - mid;
      const uint32_t out_off = p.out_begin + (mid - p.in_begin);
      if (b.copy) {
        out.AddCopy(out_off, b.in_begin + (mid - b.out_begin), n);
      } else {
        out.AddReplace(out_off, n, b.in_begin, b.in_len);
      }
      mid += n;
      if (mid >= b_end) ++k;
    }
  }
  return out;
}

}  // namespace figcheck::text
