#include <catch2/catch.hpp>

#include <string>

#include "markup_check.h"
#include "text/markup.h"

using figcheck::InputFormat;
using figcheck::testing::CheckMap;
using figcheck::text::ExtractVisible;
using figcheck::text::FormatForPath;
using figcheck::text::LooksHardWrapped;
using figcheck::text::VisibleText;

TEST_CASE("FormatForPath picks the format from the extension", "[markup]") {
  CHECK(FormatForPath("a/b/report.md") == InputFormat::kMarkdown);
  CHECK(FormatForPath("REPORT.MARKDOWN") == InputFormat::kMarkdown);
  CHECK(FormatForPath("page.html") == InputFormat::kHtml);
  CHECK(FormatForPath("page.HTM") == InputFormat::kHtml);
  CHECK(FormatForPath("notes.txt") == InputFormat::kPlain);
  CHECK(FormatForPath("-") == InputFormat::kPlain);
  CHECK(FormatForPath("dir.md/file") == InputFormat::kPlain);
  CHECK(FormatForPath(".md") == InputFormat::kPlain);
  CHECK(FormatForPath("") == InputFormat::kPlain);
}

TEST_CASE("LooksHardWrapped tells wrapped prose from one paragraph a line", "[markup]") {
  const std::string wrapped =
      "The ministers met on Tuesday in the capital to discuss the terms of the\n"
      "agreement, which both sides said was close to being signed after months\n"
      "of talks that had stalled twice over the question of border crossings.\n"
      "\n"
      "Officials said a final text could be ready within weeks, though several\n"
      "points remained open and neither delegation would give a firm date.\n";
  CHECK(LooksHardWrapped(wrapped));
  // Scraped news: each paragraph on one long line.
  std::string scraped;
  for (int i = 0; i < 4; ++i) {
    scraped += "The ministers met on Tuesday in the capital to discuss the terms of the agreement, "
               "which both sides said was close to being signed after months of talks.\n";
  }
  CHECK_FALSE(LooksHardWrapped(scraped));
  // Short lines that touch (title, byline, date) are not wrapped prose.
  CHECK_FALSE(LooksHardWrapped("Title\nBy a reporter\n17/09/2024\nShort line.\n"));
  // Lines separated by blank lines are paragraphs, whatever their length.
  CHECK_FALSE(LooksHardWrapped("one paragraph here\n\nanother one here\n\nand a third one\n"));
  CHECK_FALSE(LooksHardWrapped(""));
}

TEST_CASE("Plain text is its own visible text, after front matter", "[markup]") {
  const std::string src = "---\ndate: 2024-01-01\n---\nline one\nline two\n";
  VisibleText v;
  REQUIRE(ExtractVisible(src, 25, InputFormat::kPlain, &v).ok());
  CHECK(v.text == "line one\nline two\n");
  CHECK(v.line_breaks_are_paragraphs);
  CheckMap(v, src);
  CHECK(v.map.ToBase(figcheck::Span{0, 4}) == figcheck::Span{25, 29});
  // A body_begin past the end is clamped.
  REQUIRE(ExtractVisible(src, 1000, InputFormat::kPlain, &v).ok());
  CHECK(v.text.empty());
}
