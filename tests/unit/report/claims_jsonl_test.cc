#include <catch2/catch.hpp>

#include <sstream>

#include "figcheck/render.h"
#include "fixture.h"

namespace figcheck {
namespace {

std::string ReportJson(const Report& r) {
  std::ostringstream out;
  RenderReport(r, ReportFormat::kJson, {}, out);
  return out.str();
}

void RequireSameClaim(const Claim& a, const Claim& b) {
  CHECK(a.id == b.id);
  CHECK(a.source == b.source);
  CHECK(a.key == b.key);
  CHECK(a.rule_id == b.rule_id);
  CHECK(a.kind == b.kind);
  CHECK(a.scope == b.scope);
  CHECK(a.unit == b.unit);
  CHECK(a.span == b.span);
  CHECK(a.sentence_span == b.sentence_span);
  CHECK(a.begin.line == b.begin.line);
  CHECK(a.begin.column == b.begin.column);
  CHECK(a.begin.offset == b.begin.offset);
  CHECK(a.end.line == b.end.line);
  CHECK(a.end.column == b.end.column);
  CHECK(a.end.offset == b.end.offset);
  CHECK(a.text == b.text);
  CHECK(a.sentence_text == b.sentence_text);
  const Mention& m = a.figure;
  const Mention& n = b.figure;
  CHECK(m.kind == n.kind);
  CHECK(m.span == n.span);
  CHECK(m.norm_span == n.norm_span);
  CHECK(m.sentence == n.sentence);
  CHECK(m.lang == n.lang);
  CHECK(m.value == n.value);
  CHECK(m.interval.low == n.interval.low);
  CHECK(m.interval.high == n.interval.high);
  CHECK(m.interval.low_open == n.interval.low_open);
  CHECK(m.interval.high_open == n.interval.high_open);
  CHECK(m.qualifier == n.qualifier);
  CHECK(m.unit == n.unit);
  REQUIRE(m.date.has_value() == n.date.has_value());
  if (m.date) {
    CHECK(m.date->resolved() == n.date->resolved());
    if (m.date->resolved()) {
      CHECK(m.date->from == n.date->from);
      CHECK(m.date->to == n.date->to);
    }
    CHECK(m.date->granularity == n.date->granularity);
    CHECK(m.date->weekday == n.date->weekday);
    CHECK(m.date->relative == n.date->relative);
    CHECK(m.date->anchor == n.date->anchor);
    CHECK(m.date->unresolved == n.date->unresolved);
  }
  REQUIRE(m.duration.has_value() == n.duration.has_value());
  if (m.duration) {
    CHECK(m.duration->amount == n.duration->amount);
    CHECK(m.duration->unit == n.duration->unit);
    CHECK(m.duration->days_low == n.duration->days_low);
    CHECK(m.duration->days_high == n.duration->days_high);
  }
}

TEST_CASE("claims JSONL round-trips to the same claims and the same report", "[jsonl]") {
  const Report first = testing::FixtureReport();
  std::stringstream stream;
  WriteClaimsJsonl(first.sources, first.claims, stream);

  std::vector<DocumentInfo> sources;
  std::vector<Claim> claims;
  const Status st = ReadClaimsJsonl(stream, "claims.jsonl", &sources, &claims);
  REQUIRE(st.ok());
  REQUIRE(sources.size() == first.sources.size());
  for (size_t i = 0; i < sources.size(); ++i) {
    CHECK(sources[i].source_name == first.sources[i].source_name);
    CHECK(sources[i].outlet == first.sources[i].outlet);
    CHECK(sources[i].date == first.sources[i].date);
    CHECK(sources[i].date_origin == first.sources[i].date_origin);
  }
  REQUIRE(claims.size() == first.claims.size());
  for (size_t i = 0; i < claims.size(); ++i) RequireSameClaim(claims[i], first.claims[i]);

  const Report second = Compare(sources, claims, testing::FixturePolicy());
  CHECK(ReportJson(second) == ReportJson(first));
}

TEST_CASE("claims JSONL keeps sources without claims", "[jsonl]") {
  std::vector<DocumentInfo> in_sources = testing::FixtureSources();
  std::vector<Claim> in_claims = {testing::Exact(0, "k", 1)};
  std::stringstream stream;
  WriteClaimsJsonl(in_sources, in_claims, stream);
  std::vector<DocumentInfo> sources;
  std::vector<Claim> claims;
  REQUIRE(ReadClaimsJsonl(stream, "x", &sources, &claims).ok());
  CHECK(sources.size() == 3);
  CHECK(claims.size() == 1);
  // Without its silent peers the claim would not be single-source.
  CHECK(Compare(sources, claims, {}).findings.size() == 1);
}

TEST_CASE("claims JSONL from several streams: sources renumbered", "[jsonl]") {
  std::stringstream a, b;
  WriteClaimsJsonl({testing::Source("a.txt", "A")}, {testing::Exact(0, "k", 44)}, a);
  WriteClaimsJsonl({testing::Source("b.txt", "B")}, {testing::Exact(0, "k", 45)}, b);
  std::vector<DocumentInfo> sources;
  std::vector<Claim> claims;
  REQUIRE(ReadClaimsJsonl(a, "a.jsonl", &sources, &claims).ok());
  REQUIRE(ReadClaimsJsonl(b, "b.jsonl", &sources, &claims).ok());
  REQUIRE(sources.size() == 2);
  CHECK(claims[1].source == 1);
  const Report r = Compare(sources, claims, {});
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].type == "conflict");
}

TEST_CASE("claims JSONL errors name the line", "[jsonl]") {
  std::stringstream good;
  WriteClaimsJsonl({testing::Source("a.txt", "A")}, {testing::Exact(0, "k", 44)}, good);
  const std::string line = good.str();
  auto read = [](const std::string& text) {
    std::istringstream in(text);
    std::vector<DocumentInfo> sources;
    std::vector<Claim> claims;
    return ReadClaimsJsonl(in, "claims.jsonl", &sources, &claims);
  };
  CHECK(read(line + "\n" + line).ok());  // blank lines are skipped

  Status st = read(line + "{not json\n");
  CHECK(st.code() == StatusCode::kParseError);
  CHECK(st.ToString().rfind("claims.jsonl:2:3: malformed JSON: syntax error while parsing object key",
                            0) == 0);

  std::string bad_qualifier = line;
  bad_qualifier.replace(bad_qualifier.find("\"exact\""), 7, "\"roughly\"");
  st = read(bad_qualifier);
  CHECK(st.ToString() == "claims.jsonl:1: field 'qualifier' has an unknown value 'roughly'");

  std::string bad_low = line;
  bad_low.replace(bad_low.find("\"low\":44"), 8, "\"low\":\"x\"");
  CHECK(read(bad_low).ToString() == "claims.jsonl:1: field 'low' must be a number");

  CHECK(read("{\"key\":\"k\"}\n").ToString().find("not a figcheck claims line") !=
        std::string::npos);
  std::string other_name = line;
  other_name.replace(other_name.find("a.txt"), 5, "z.txt");
  CHECK(read(line + other_name).ToString() ==
        "claims.jsonl:2: source 0 was 'a.txt' on an earlier line");
}

}  // namespace
}  // namespace figcheck
