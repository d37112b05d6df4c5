#include <catch2/catch.hpp>

#include <string>

#include "base/line_index.h"
#include "base/utf8.h"
#include "figcheck/status.h"

using namespace figcheck;

TEST_CASE("FindInvalidUtf8 finds the first bad byte", "[utf8]") {
  CHECK(base::FindInvalidUtf8("plain ascii text that is long enough") == std::string::npos);
  CHECK(base::FindInvalidUtf8("عربي and English") == std::string::npos);
  CHECK(base::FindInvalidUtf8("abc\xFF") == 3);
  CHECK(base::FindInvalidUtf8("abcdefghij\xC0\x80") == 10);      // overlong
  CHECK(base::FindInvalidUtf8("\xED\xA0\x80") == 0);              // surrogate
  CHECK(base::FindInvalidUtf8("\xF4\x90\x80\x80") == 0);          // > U+10FFFF
  CHECK(base::FindInvalidUtf8("ok \xD8") == 3);                   // truncated
}

TEST_CASE("DecodeUtf8 and AppendUtf8 agree on every code point", "[utf8][property]") {
  for (char32_t cp = 0; cp <= 0x10FFFF; cp += (cp < 0x3000 ? 1 : 97)) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    std::string s;
    base::AppendUtf8(cp, &s);
    char32_t back = 0;
    REQUIRE(base::DecodeUtf8(s, 0, &back) == static_cast<int>(s.size()));
    REQUIRE(back == cp);
    REQUIRE(base::Utf8SeqLen(static_cast<unsigned char>(s[0])) == static_cast<int>(s.size()));
  }
}

TEST_CASE("LineIndex gives 1-based lines and code point columns", "[lines]") {
  const std::string text = "ab\nعربي x\r\nlast\rafter";
  base::LineIndex idx(text);
  CHECK(idx.line_count() == 4);
  Position p = idx.PositionOf(0);
  CHECK((p.line == 1 && p.column == 1 && p.offset == 0));
  const size_t x = text.find('x');
  p = idx.PositionOf(static_cast<uint32_t>(x));
  CHECK(p.line == 2);
  CHECK(p.column == 6);  // four Arabic letters and a space before it
  CHECK(p.offset == 3 + 5);
  p = idx.PositionOf(static_cast<uint32_t>(text.find("last")));
  CHECK((p.line == 3 && p.column == 1));
  p = idx.PositionOf(static_cast<uint32_t>(text.find("after")));
  CHECK((p.line == 4 && p.column == 1));
  // Inside a multi-byte character: the character's own position.
  p = idx.PositionOf(4);
  CHECK((p.line == 2 && p.column == 1));
  // Past the end clamps.
  CHECK(idx.PositionOf(10000).line == 4);
}

TEST_CASE("Status renders places the way the command line prints them", "[status]") {
  CHECK(Status(StatusCode::kParseError, "bad", {"f.yaml", 3, 7}).ToString() == "f.yaml:3:7: bad");
  CHECK(Status(StatusCode::kParseError, "bad", {"f.jsonl", 3, 0}).ToString() == "f.jsonl:3: bad");
  CHECK(Status(StatusCode::kNotFound, "gone", {"x", 0, 0}).ToString() == "x: gone");
  CHECK(Status(StatusCode::kInternal, "oops").ToString() == "oops");
  CHECK(Status().ok());
}
