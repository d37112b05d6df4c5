// Renderer details the golden files do not isolate.
#include <catch2/catch.hpp>

#include <sstream>

#include "figcheck/render.h"
#include "fixture.h"
#include "report/excerpt.h"

namespace figcheck {
namespace {

std::string Render(const Report& r, ReportFormat f, RenderOptions o = {}) {
  std::ostringstream out;
  RenderReport(r, f, o, out);
  return out.str();
}

TEST_CASE("format names", "[render]") {
  for (const char* name : {"text", "json", "markdown", "sarif", "check", "github"}) {
    const auto f = ParseReportFormat(name);
    REQUIRE(f.has_value());
    CHECK(std::string(ReportFormatName(*f)) == name);
  }
  CHECK_FALSE(ParseReportFormat("html"));
}

TEST_CASE("excerpts cut around the figure, on code points", "[render]") {
  Claim c = testing::Place(testing::Exact(0, "k", 45),
                           "كلمة كلمة كلمة كلمة كلمة حضر 45 دولة كلمة كلمة كلمة كلمة", "45", 1, 0);
  const report::Excerpt e = report::MakeExcerpt(c, 10);
  CHECK(e.figure == "45");
  CHECK(e.before.rfind("\xE2\x80\xA6", 0) == 0);  // starts with an ellipsis
  CHECK(e.after.size() >= 3);
  CHECK(e.after.substr(e.after.size() - 3) == "\xE2\x80\xA6");
  // Never a broken UTF-8 sequence.
  for (const std::string* s : {&e.before, &e.after}) {
    CHECK((static_cast<unsigned char>(s->back()) & 0xC0) != 0xC0);
  }
  SECTION("the occurrence nearest to the claim's place is marked") {
    Claim twice = testing::Place(testing::Exact(0, "k", 45), "45 ثم 45", "45", 1, 0);
    twice.span = {twice.sentence_span.begin + 7, twice.sentence_span.begin + 9};
    const report::Excerpt t = report::MakeExcerpt(twice, 60);
    CHECK(t.before == "45 ثم ");
  }
}

TEST_CASE("text: marks without colour, ANSI with it", "[render]") {
  const Report r = testing::FixtureReport();
  const std::string plain = Render(r, ReportFormat::kText);
  CHECK(plain.find("\u27E645\u27E7") != std::string::npos);
  CHECK(plain.find('\x1b') == std::string::npos);
  RenderOptions color;
  color.color = true;
  const std::string ansi = Render(r, ReportFormat::kText, color);
  CHECK(ansi.find("\x1b[1;4m45\x1b[0m") != std::string::npos);
  CHECK(ansi.find("\x1b[1;31merror") != std::string::npos);
}

TEST_CASE("every format shows each source's outlet and date", "[render]") {
  const Report r = testing::FixtureReport();
  for (ReportFormat f : {ReportFormat::kText, ReportFormat::kJson, ReportFormat::kMarkdown,
                         ReportFormat::kSarif, ReportFormat::kCheck}) {
    const std::string out = Render(r, f);
    INFO(ReportFormatName(f));
    CHECK(out.find("صحيفة الساحل") != std::string::npos);
    CHECK(out.find("2025-03-13") != std::string::npos);
  }
}

TEST_CASE("github annotations escape their properties and data", "[render]") {
  std::vector<DocumentInfo> sources = {testing::Source("dir,x/a:b.md", "A"),
                                       testing::Source("b.md", "B")};
  std::vector<Claim> claims = {testing::Exact(0, "k", 1), testing::Exact(1, "k", 2)};
  Report r = Compare(sources, claims, {});
  r.findings[0].message = "100% sure\nreally";
  const std::string out = Render(r, ReportFormat::kGithub);
  CHECK(out.rfind("::error file=dir%2Cx/a%3Ab.md,line=1,col=11,", 0) == 0);
  CHECK(out.find("::100%25 sure%0Areally\n") != std::string::npos);
}

TEST_CASE("check lines: one per source involved, at its first claim", "[render]") {
  const Report r = testing::FixtureReport();
  RenderOptions draft;
  draft.only_sources = {2};
  std::istringstream lines(Render(r, ReportFormat::kCheck, draft));
  std::string line;
  int n = 0;
  while (std::getline(lines, line)) {
    ++n;
    CHECK(line.rfind("drafts/summit.md:", 0) == 0);
    CHECK(line.back() == ']');
  }
  CHECK(n == 3);
}

TEST_CASE("markdown escapes table cells", "[render]") {
  std::vector<Claim> claims = {testing::Exact(0, "k", 1), testing::Exact(1, "k", 2)};
  Report r = Compare({testing::Source("a.md", "A|B"), testing::Source("b.md", "C")}, claims, {});
  const std::string md = Render(r, ReportFormat::kMarkdown);
  CHECK(md.find("| A\\|B |") != std::string::npos);
}

}  // namespace
}  // namespace figcheck
