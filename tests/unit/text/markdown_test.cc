#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

#include "markup_check.h"
#include "text/markup.h"

using figcheck::InputFormat;
using figcheck::testing::CheckMap;
using figcheck::testing::SourceOf;
using figcheck::text::ExtractVisible;
using figcheck::text::VisibleText;

namespace {
VisibleText Md(const std::string& src, uint32_t body = 0) {
  VisibleText v;
  REQUIRE(ExtractVisible(src, body, InputFormat::kMarkdown, &v).ok());
  CheckMap(v, src);
  return v;
}
}  // namespace

TEST_CASE("Markdown keeps the text of blocks and inlines", "[markdown]") {
  const std::string src =
      "# Heading *one*\n"
      "\n"
      "A paragraph with **50 countries** and a [link text](http://example.com/a \"t\")\n"
      "that wraps.\n"
      "\n"
      "- item one\n"
      "- item two\n"
      "\n"
      "> quoted 40 thousand\n"
      "\n"
      "| a | b |\n"
      "|---|---|\n"
      "| 12 | 34 |\n";
  const VisibleText v = Md(src);
  CHECK_FALSE(v.line_breaks_are_paragraphs);
  CHECK(v.text ==
        "Heading one\n\nA paragraph with 50 countries and a link text that wraps.\n\n"
        "item one\n\nitem two\n\nquoted 40 thousand\n\na\n\nb\n\n12\n\n34");
  CHECK(SourceOf(v, src, "link text") == "link text");
  CHECK(SourceOf(v, src, "50 countries") == "50 countries");
  CHECK(SourceOf(v, src, "quoted 40") == "quoted 40");
  // The soft break maps to the source line break.
  CHECK(SourceOf(v, src, "text that") == "text](http://example.com/a \"t\")\nthat");
  CHECK(v.text.find("example.com") == std::string::npos);
}

TEST_CASE("Markdown drops code blocks, HTML, images and link destinations", "[markdown]") {
  const std::string src =
      "Before `inline 7` after.\n"
      "\n"
      "```\nfenced 123\n```\n"
      "\n"
      "    indented 456\n"
      "\n"
      "<div>\nhtml block 789\n</div>\n"
      "\n"
      "Text <b>bold</b> ![alt 5](i.png) end.\n";
  const VisibleText v = Md(src);
  CHECK(v.text == "Before inline 7 after.\n\nText bold  end.");
  CHECK(SourceOf(v, src, "inline 7") == "inline 7");
  CHECK(SourceOf(v, src, "bold") == "bold");
}

TEST_CASE("Markdown entities decode and map to their exact source bytes", "[markdown]") {
  const std::string src = "Caf&eacute; AT&amp;T &#1575;&#x644; 5&nbsp;km &bogus; x\\*y\n";
  const VisibleText v = Md(src);
  CHECK(v.text == "Café AT&T ال 5\u00A0km &bogus; x*y");
  CHECK(SourceOf(v, src, "é") == "&eacute;");
  CHECK(SourceOf(v, src, "AT&T") == "AT&amp;T");
  CHECK(SourceOf(v, src, "ال") == "&#1575;&#x644;");
  CHECK(SourceOf(v, src, "5\u00A0km") == "5&nbsp;km");
  CHECK(SourceOf(v, src, "&bogus;") == "&bogus;");
  CHECK(SourceOf(v, src, "x*y") == "x\\*y");
}

TEST_CASE("Markdown offsets account for the front matter", "[markdown]") {
  const std::string src = "---\ntitle: t\n---\n# Title\n\nBody 50.\n";
  const VisibleText v = Md(src, 17);
  CHECK(v.text == "Title\n\nBody 50.");
  CHECK(SourceOf(v, src, "Body 50.") == "Body 50.");
}

TEST_CASE("Hard line breaks end paragraphs", "[markdown]") {
  const VisibleText v = Md("one  \ntwo\\\nthree\n");
  CHECK(v.text == "one\n\ntwo\n\nthree");
}

TEST_CASE("Deeply nested Markdown does not crash", "[markdown]") {
  const std::string quotes = std::string(100000, '>') + " deep 1\n";
  CHECK(Md(quotes).text == "deep 1");
  std::string lists;
  for (int i = 0; i < 2000; ++i) lists += std::string(static_cast<size_t>(i) * 2, ' ') + "- x\n";
  CHECK(Md(lists).text.size() > 0);
  const std::string brackets = std::string(100000, '[') + "x" + std::string(100000, ']');
  CHECK(Md(brackets).text.size() == 200001);
  const std::string stars = std::string(50000, '*') + "x" + std::string(50000, '*');
  CHECK(Md(stars).text.find('x') != std::string::npos);
}

TEST_CASE("Empty and whitespace Markdown give empty text", "[markdown]") {
  CHECK(Md("").text.empty());
  CHECK(Md("\n\n   \n").text.empty());
}

namespace {
const std::vector<std::string> kMdFragments = {
    "# ", "## ", "\n", "\n\n", "> ", "- ", "1. ", "```\n", "    ", "*", "**", "_", "`", "[",
    "](http://x)", "![", "]", "(", ")", "|", "|---|", "&amp;", "&eacute;", "&#1575;", "&bogus;",
    "&", "\\*", "<b>", "</b>", "<div>\n", "text", "50", " ", "\r\n", "قال", "أكثر من 40 ألف",
    "\t", "---\n", "  \n", "~~", "<!-- c -->", "<http://a.b>"};
}  // namespace

TEST_CASE("Random Markdown keeps the map's promises", "[markdown][property]") {
  std::mt19937 rng(5);
  for (int round = 0; round < 3000; ++round) {
    std::string src;
    const int n = static_cast<int>(rng() % 40);
    for (int i = 0; i < n; ++i) src += kMdFragments[rng() % kMdFragments.size()];
    INFO(src);
    const VisibleText v = Md(src);
    for (const auto& p : v.map.pieces()) {
      if (p.copy) REQUIRE(v.text.compare(p.out_begin, p.out_len, src, p.in_begin, p.in_len) == 0);
    }
  }
}
