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
VisibleText Html(const std::string& src) {
  VisibleText v;
  REQUIRE(ExtractVisible(src, 0, InputFormat::kHtml, &v).ok());
  CheckMap(v, src);
  return v;
}
}  // namespace

TEST_CASE("HTML keeps visible text and ends paragraphs at blocks", "[html]") {
  const std::string src =
      "<!DOCTYPE html><html><head><title>Page title</title><style>p{color:red}</style>"
      "<script>var n = 99;</script></head><body>\n"
      "<h1>Summit in Baku</h1>\n"
      "<p>About <b>50</b> countries\ntook part.</p><!-- comment 12 -->\n"
      "<ul><li>one</li><li>two<br>three</li></ul>\n"
      "<table><tr><td>c1</td><td>c2</td></tr></table>\n"
      "<noscript>enable js</noscript><template><p>tpl</p></template>\n"
      "</body></html>";
  const VisibleText v = Html(src);
  CHECK_FALSE(v.line_breaks_are_paragraphs);
  CHECK(v.text ==
        "Summit in Baku\n\nAbout 50 countries took part.\n\none\n\ntwo\n\nthree\n\nc1\n\nc2");
  CHECK(SourceOf(v, src, "Summit in Baku") == "Summit in Baku");
  CHECK(SourceOf(v, src, "About 50 countries took") == "About <b>50</b> countries\ntook");
  for (const char* hidden : {"Page title", "color", "var n", "comment", "enable js", "tpl"}) {
    CHECK(v.text.find(hidden) == std::string::npos);
  }
}

TEST_CASE("HTML drops hidden elements", "[html]") {
  const std::string src =
      "<p>shown 1</p><div hidden>hidden 2</div><span style=\"color: red; DISPLAY : none\">h3</span>"
      "<p aria-hidden=\"true\">h4</p><div style=\"visibility:hidden\">h5</div>"
      "<p aria-hidden=\"false\">shown 6</p><svg><text>h7</text></svg>";
  const VisibleText v = Html(src);
  CHECK(v.text == "shown 1\n\nshown 6");
}

TEST_CASE("HTML entities decode and map to their exact source bytes", "[html]") {
  const std::string src =
      "<p>AT&amp;T paid &euro;5&nbsp;bn; caf&eacute;s &#1575;&#x644;&#1605;&#1583;&#1606; "
      "&notit; &amp x &lt;b&gt; & more</p>";
  const VisibleText v = Html(src);
  CHECK(v.text == "AT&T paid €5\u00A0bn; cafés المدن ¬it; & x <b> & more");
  CHECK(SourceOf(v, src, "AT&T") == "AT&amp;T");
  CHECK(SourceOf(v, src, "€5\u00A0bn") == "&euro;5&nbsp;bn");
  CHECK(SourceOf(v, src, "é") == "&eacute;");
  CHECK(SourceOf(v, src, "المدن") == "&#1575;&#x644;&#1605;&#1583;&#1606;");
  CHECK(SourceOf(v, src, "¬it;") == "&notit;");
  CHECK(SourceOf(v, src, "<b>") == "&lt;b&gt;");
  CHECK(SourceOf(v, src, "& more") == "& more");
}

TEST_CASE("HTML link text maps back exactly, attributes do not show", "[html]") {
  const std::string src =
      "<p>See <a href=\"http://example.com/?a=1&amp;b=2\" title=\"tip 9\">the full "
      "report</a>.</p>";
  const VisibleText v = Html(src);
  CHECK(v.text == "See the full report.");
  CHECK(SourceOf(v, src, "the full report") == "the full report");
  CHECK(SourceOf(v, src, "report.") == "report</a>.");
}

TEST_CASE("HTML line breaks are spaces outside pre, CRLF maps to both bytes", "[html]") {
  const std::string src = "<p>one\r\ntwo</p><pre>a\r\nb\nc</pre>";
  const VisibleText v = Html(src);
  CHECK(v.text == "one  two\n\na\nb\nc");
  CHECK(SourceOf(v, src, "one  two") == "one\r\ntwo");
  CHECK(SourceOf(v, src, "a\nb") == "a\r\nb");
}

TEST_CASE("HTML text moved by the parser does not take the map backwards", "[html]") {
  // "moved" is foster-parented before the table by the parser.
  const std::string src = "<table><tr><td>cell 1</td></tr>moved 2</table><p>after 3</p>";
  const VisibleText v = Html(src);
  CHECK(v.text == "cell 1\n\nmoved 2\n\nafter 3");
  CHECK(SourceOf(v, src, "moved 2") == "moved 2");
  const std::string src2 = "<table>lost <b>bold</b><tr><td>x</td></tr></table>";
  const VisibleText w = Html(src2);
  CHECK(w.text == "lost bold\n\nx");
  CHECK(SourceOf(w, src2, "lost bold") == "lost <b>bold");
}

TEST_CASE("Deeply nested HTML does not crash or stall", "[html]") {
  std::string divs;
  for (int i = 0; i < 100000; ++i) divs += "<div>";
  divs += "deep &amp; text";
  for (int i = 0; i < 100000; ++i) divs += "</div>";
  const VisibleText v = Html(divs);
  CHECK(v.text == "deep & text");
  CHECK(SourceOf(v, divs, "&") == "&amp;");

  std::string mixed = "<p>start</p><script>x<div></script>";
  for (int i = 0; i < 50000; ++i) mixed += "<b><i><span>";
  mixed += "<style>y</style>inner<!-- c -->";
  const VisibleText w = Html(mixed);
  CHECK(w.text == "start\n\ninner");

  std::string tables;
  for (int i = 0; i < 5000; ++i) tables += "<table><tr><td>";
  tables += "cell";
  CHECK(Html(tables).text == "cell");
}

TEST_CASE("Malformed and empty HTML give what is visible", "[html]") {
  CHECK(Html("").text.empty());
  CHECK(Html("plain words").text == "plain words");
  CHECK(Html("<p>unclosed <b>bold <i>both</p> tail").text == "unclosed bold both\n\ntail");
  CHECK(Html("a < b and c > d").text == "a < b and c > d");
  CHECK(Html("<p>x</p></p></div>y").text == "x\n\ny");
}

namespace {
const std::vector<std::string> kHtmlFragments = {
    "<p>", "</p>", "<div>", "</div>", "<b>", "</b>", "<i>", "</i>", "<table>", "</table>", "<tr>",
    "<td>", "</td>", "<br>", "<pre>", "</pre>", "<script>x<y</script>", "<style>a</style>",
    "<!-- c -->", "<span hidden>", "</span>", "<a href=\"x?a&amp;b\">", "</a>", "&amp;", "&lt;",
    "&nbsp;", "&eacute;", "&#1575;", "&#x627", "&notit;", "&bogus;", "&", "<", ">", "text",
    "50", " ", "\n", "\r\n", "\r", "قال", "أكثر من 40 ألف", "\t", "<li>", "<ul>", "</ul>",
    "<template>t</template>", "<svg><text>s</text></svg>", "<h1>", "</h1>", "<![CDATA[x]]>",
    "<textarea>ta</textarea>", "<title>tt</title>", "<html>", "<body>", "</body>", "<head>"};
}  // namespace

TEST_CASE("Random HTML keeps the map's promises", "[html][property]") {
  std::mt19937 rng(11);
  for (int round = 0; round < 2000; ++round) {
    std::string src;
    const int n = static_cast<int>(rng() % 40);
    for (int i = 0; i < n; ++i) src += kHtmlFragments[rng() % kHtmlFragments.size()];
    INFO(src);
    const VisibleText v = Html(src);
    // Copied bytes are the source's (line breaks may have become spaces).
    for (const auto& p : v.map.pieces()) {
      if (!p.copy) continue;
      for (uint32_t k = 0; k < p.out_len; ++k) {
        const char o = v.text[p.out_begin + k];
        const char s = src[p.in_begin + k];
        REQUIRE((o == s || (o == ' ' && (s == '\n' || s == '\r'))));
      }
    }
  }
}

TEST_CASE("Much misplaced table text stays linear and in order", "[html]") {
  std::string src = "<table>";
  for (int i = 0; i < 20000; ++i) {
    src += 'x';
    src += std::to_string(i);
    src += "<tr><td>y</td></tr>";
  }
  src += "</table>";
  const VisibleText v = Html(src);
  CHECK(v.text.find("x0") < v.text.find("x19999"));
  CHECK(SourceOf(v, src, "x19999") == "x19999");
}
