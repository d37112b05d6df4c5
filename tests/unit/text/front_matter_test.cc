#include <catch2/catch.hpp>

#include <string>

#include "text/front_matter.h"

using figcheck::CivilDate;
using figcheck::StatusCode;
using figcheck::text::ParseFrontMatter;

TEST_CASE("Front matter gives date, outlet, title and language", "[front_matter]") {
  const std::string doc =
      "---\ntitle: قمة باكو\ndate: 2024-09-17\nsource: Example Wire\nlang: ar\n---\nBody text.\n";
  auto fm = ParseFrontMatter(doc, "a.md");
  REQUIRE(fm.ok());
  CHECK(doc.substr(fm->end) == "Body text.\n");
  REQUIRE(fm->date);
  CHECK(*fm->date == CivilDate{2024, 9, 17});
  CHECK(fm->outlet == "Example Wire");
  CHECK(fm->title == "قمة باكو");
  CHECK(fm->lang == "ar");
}

TEST_CASE("Front matter accepts date-times, '...' closers, CRLF and outlet", "[front_matter]") {
  auto fm = ParseFrontMatter("---\r\ndate: 2024-09-17T13:22:00+03:00\r\noutlet: AA\r\n...\r\nx",
                             "a.txt");
  REQUIRE(fm.ok());
  REQUIRE(fm->date);
  CHECK(fm->date->ToIso() == "2024-09-17");
  CHECK(fm->outlet == "AA");
  auto empty = ParseFrontMatter("---\n---\nbody", "a.txt");
  REQUIRE(empty.ok());
  CHECK(empty->end == 8);
  CHECK_FALSE(empty->date);
}

TEST_CASE("Text without front matter has none", "[front_matter]") {
  for (const char* doc : {"", "plain text\n", "---", "--- \nno closing fence\n", "----\nx\n----\n",
                          " ---\na: b\n---\n"}) {
    auto fm = ParseFrontMatter(doc, "a.txt");
    REQUIRE(fm.ok());
    CHECK(fm->end == 0);
  }
}

TEST_CASE("Malformed front matter is an error at PATH:LINE:COL", "[front_matter]") {
  // Line 3 of the file, the unclosed flow sequence.
  auto bad = ParseFrontMatter("---\ntitle: ok\ntags: [a, b\n---\nbody\n", "doc.md");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().code() == StatusCode::kParseError);
  CHECK(bad.status().where().path == "doc.md");
  CHECK(bad.status().where().line >= 3);
  CHECK(bad.status().ToString().find("doc.md:") == 0);

  // An invalid date points at the value: line 3, column 7 (code points).
  auto date = ParseFrontMatter("---\ntitle: عنوان\ndate: 2024-02-30\n---\n", "doc.md");
  REQUIRE_FALSE(date.ok());
  CHECK(date.status().where().line == 3);
  CHECK(date.status().where().column == 7);
  CHECK(date.status().ToString() ==
        "doc.md:3:7: front matter: date: '2024-02-30' is not a valid date (YYYY-MM-DD or an ISO "
        "date-time)");

  // Columns count code points, not bytes.
  auto arabic = ParseFrontMatter("---\nعنوان: [x\n---\n", "doc.md");
  REQUIRE_FALSE(arabic.ok());
  CHECK(arabic.status().where().line >= 2);

  // A list where a mapping belongs, and a non-text title.
  CHECK_FALSE(ParseFrontMatter("---\n- a\n- b\n---\n", "d").ok());
  auto title = ParseFrontMatter("---\ntitle: [a, b]\n---\n", "d");
  REQUIRE_FALSE(title.ok());
  CHECK(title.status().where().line == 2);
  CHECK(title.status().where().column == 8);
}

TEST_CASE("Deeply nested YAML is an error, not a crash", "[front_matter]") {
  const std::string deep = "---\nx: " + std::string(100000, '[') + "\n---\n";
  auto fm = ParseFrontMatter(deep, "d");
  CHECK_FALSE(fm.ok());
}
