#include <catch2/catch.hpp>

#include <sstream>

#include "figcheck/render.h"
#include "fixture.h"

namespace figcheck {
namespace {

Baseline RoundTrip(const Report& r, RenderOptions o = {}) {
  std::stringstream s;
  WriteBaseline(r, o, s);
  Result<Baseline> b = ReadBaseline(s, "baseline.json");
  REQUIRE(b.ok());
  return *b;
}

// The fixture with every claim moved down `lines` lines and `bytes` bytes.
Report Moved(uint32_t lines, uint32_t bytes) {
  std::vector<Claim> claims = testing::FixtureClaims();
  for (Claim& c : claims) {
    c.begin.line += lines;
    c.end.line += lines;
    c.span.begin += bytes;
    c.span.end += bytes;
    c.sentence_span.begin += bytes;
    c.sentence_span.end += bytes;
  }
  return Compare(testing::FixtureSources(), claims, testing::FixturePolicy());
}

TEST_CASE("a baseline accepts every finding it was written from", "[baseline]") {
  Report r = testing::FixtureReport();
  const Baseline b = RoundTrip(r);
  CHECK(ApplyBaseline(b, &r) == r.findings.size());
  CHECK(r.MaxSeverity() == Severity::kNone);
  CHECK(HighestSeverity(r) == Severity::kNone);
}

TEST_CASE("baselines match by content, not by place", "[baseline]") {
  const Baseline b = RoundTrip(testing::FixtureReport());
  Report moved = Moved(7, 300);
  CHECK(ApplyBaseline(b, &moved) == moved.findings.size());

  // Changing a figure makes its finding new again.
  std::vector<Claim> claims = testing::FixtureClaims();
  for (Claim& c : claims) {
    if (c.key == "drought.duration" && c.source == 1) {
      c.figure.duration->days_low = 1825;
      c.figure.duration->days_high = 1826;
      c.text = "5 سنوات";
    }
  }
  Report changed = Compare(testing::FixtureSources(), claims, testing::FixturePolicy());
  CHECK(ApplyBaseline(b, &changed) == changed.findings.size() - 1);
  for (const Finding& f : changed.findings) {
    if (f.key == "drought.duration") CHECK_FALSE(f.suppressed);
  }
}

TEST_CASE("a baseline for the drafts only", "[baseline]") {
  Report r = testing::FixtureReport();
  RenderOptions drafts;
  drafts.only_sources = {2};
  const Baseline b = RoundTrip(r, drafts);
  ApplyBaseline(b, &r);
  CHECK(HighestSeverity(r, {2}) == Severity::kNone);
  CHECK(HighestSeverity(r) == Severity::kError);  // the sources' own conflict
}

TEST_CASE("suppressed findings disappear from the text formats only", "[baseline]") {
  Report r = testing::FixtureReport();
  ApplyBaseline(RoundTrip(r), &r);
  std::ostringstream check, json;
  RenderReport(r, ReportFormat::kCheck, {}, check);
  RenderReport(r, ReportFormat::kJson, {}, json);
  CHECK(check.str().empty());
  CHECK(json.str().find("\"suppressed\": true") != std::string::npos);
}

TEST_CASE("malformed baselines are errors", "[baseline]") {
  auto read = [](const std::string& text) {
    std::istringstream in(text);
    return ReadBaseline(in, "b.json").status();
  };
  CHECK(read("[]").ToString().find("b.json: not a figcheck baseline") == 0);
  CHECK(read("{").code() == StatusCode::kParseError);
  // Syntax errors name the line and column (code points) and leave out
  // nlohmann's exception prefix.
  CHECK(read("{\n  \"figcheck_baseline\": 1,\n  \"findings\": [\"é\" x]\n}").ToString() ==
        "b.json:3:20: malformed JSON: syntax error while parsing array - invalid literal; "
        "last read: '\"é\" x'; expected ']'");
  CHECK(read(R"({"figcheck_baseline": 1, "findings": [{"type": "conflict", "figures": []}]})")
            .ToString() == "b.json: field 'key' is missing");
  Result<Baseline> empty = [] {
    std::istringstream in(R"({"figcheck_baseline": 1, "findings": []})");
    return ReadBaseline(in, "b.json");
  }();
  REQUIRE(empty.ok());
  CHECK(empty->fingerprints.empty());
}

}  // namespace
}  // namespace figcheck
