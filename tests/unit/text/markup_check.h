// Checks shared by the markup tests (not a test file itself).
#ifndef FIGCHECK_TESTS_UNIT_TEXT_MARKUP_CHECK_H_
#define FIGCHECK_TESTS_UNIT_TEXT_MARKUP_CHECK_H_

#include <catch2/catch.hpp>

#include <string>
#include <string_view>

#include "base/utf8.h"
#include "text/markup.h"

namespace figcheck::testing {

// The visible text's map keeps its promises: pieces tile the text in
// order, source ranges never go backwards and stay inside the source, and
// the text is valid UTF-8.
inline void CheckMap(const text::VisibleText& v, std::string_view source) {
  REQUIRE(v.map.out_size() == v.text.size());
  REQUIRE(base::FindInvalidUtf8(v.text) == std::string::npos);
  uint32_t out = 0;
  uint32_t in_end = 0;
  for (const auto& p : v.map.pieces()) {
    REQUIRE(p.out_begin == out);
    REQUIRE(p.in_begin >= in_end);
    REQUIRE(p.in_begin + p.in_len <= source.size());
    if (p.copy) REQUIRE(p.in_len == p.out_len);
    out += p.out_len;
    in_end = p.in_begin + p.in_len;
  }
}

// The source bytes that the first occurrence of `needle` in the visible
// text maps back to.
inline std::string SourceOf(const text::VisibleText& v, std::string_view source,
                            std::string_view needle) {
  const size_t at = v.text.find(needle);
  if (at == std::string::npos) return "<not in visible text>";
  const Span span = v.map.ToBase(Span{static_cast<uint32_t>(at),
                                      static_cast<uint32_t>(at + needle.size())});
  return std::string(source.substr(span.begin, span.size()));
}

}  // namespace figcheck::testing

#endif  // FIGCHECK_TESTS_UNIT_TEXT_MARKUP_CHECK_H_
