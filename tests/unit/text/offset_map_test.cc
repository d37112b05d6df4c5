#include <catch2/catch.hpp>

#include <random>

#include "text/offset_map.h"

using figcheck::Span;
using figcheck::text::OffsetMap;

TEST_CASE("OffsetMap maps copies byte for byte and replacements as a whole", "[offset_map]") {
  // out: "ab" (copy of in[0,2)) + "X" (from in[2,5)) + "cd" (copy of in[7,9))
  OffsetMap m;
  m.AddCopy(0, 0, 2);
  m.AddReplace(2, 1, 2, 3);
  m.AddCopy(3, 7, 2);
  CHECK(m.out_size() == 5);
  CHECK(m.ToBase(Span{0, 1}) == Span{0, 1});
  CHECK(m.ToBase(Span{1, 3}) == Span{1, 5});
  CHECK(m.ToBase(Span{2, 3}) == Span{2, 5});
  CHECK(m.ToBase(Span{3, 5}) == Span{7, 9});
  CHECK(m.ToBase(Span{0, 5}) == Span{0, 9});
  CHECK(m.ToBase(Span{5, 5}) == Span{9, 9});
  // Deleted bytes in[5,7) belong to no output; FromBase lands on the next.
  CHECK(m.FromBase(5) == 3);
  CHECK(m.FromBase(8) == 4);
  CHECK(m.FromBase(3) == 2);
  CHECK(m.FromBase(100) == 5);
}

TEST_CASE("OffsetMap merges adjacent copies and truncates", "[offset_map]") {
  OffsetMap m;
  m.AddCopy(0, 0, 3);
  m.AddCopy(3, 3, 4);
  CHECK(m.pieces().size() == 1);
  m.AddReplace(7, 2, 7, 1);
  m.TruncateOut(8);  // cuts the replacement: dropped whole
  CHECK(m.out_size() == 7);
  m.TruncateOut(5);
  CHECK(m.out_size() == 5);
  CHECK(m.ToBase(Span{4, 5}) == Span{4, 5});
}

TEST_CASE("OffsetMap::Compose agrees with mapping twice", "[offset_map][property]") {
  std::mt19937 rng(7);
  for (int round = 0; round < 200; ++round) {
    // Random B -> C, then random A -> B over B's size.
    auto random_map = [&](uint32_t in_size) {
      OffsetMap m;
      uint32_t in = 0, out = 0;
      while (in < in_size) {
        const uint32_t n = std::min<uint32_t>(in_size - in, 1 + rng() % 5);
        switch (rng() % 3) {
          case 0: m.AddCopy(out, in, n); out += n; break;
          case 1: { const uint32_t k = 1 + rng() % 3; m.AddReplace(out, k, in, n); out += k; break; }
          default: break;  // deletion
        }
        in += n;
      }
      return m;
    };
    const OffsetMap bc = random_map(40);
    if (bc.out_size() == 0) continue;
    const OffsetMap ab = random_map(bc.out_size());
    const OffsetMap ac = ab.Compose(bc);
    REQUIRE(ac.out_size() == ab.out_size());
    for (uint32_t b = 0; b < ab.out_size(); ++b) {
      for (uint32_t e = b + 1; e <= ab.out_size(); ++e) {
        const Span direct = ac.ToBase(Span{b, e});
        const Span twice = bc.ToBase(ab.ToBase(Span{b, e}));
        REQUIRE(direct == twice);
      }
    }
  }
}
