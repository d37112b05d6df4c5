// The SARIF output against the structure SARIF 2.1.0 requires (the schema's
// "required" members and value constraints for everything figcheck emits).
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "figcheck/render.h"
#include "fixture.h"

namespace figcheck {
namespace {

using nlohmann::json;

json Sarif(const Report& r, RenderOptions o = {}) {
  std::ostringstream out;
  RenderReport(r, ReportFormat::kSarif, o, out);
  return json::parse(out.str());
}

void CheckRegion(const json& region) {
  REQUIRE(region.is_object());
  REQUIRE(region["startLine"].is_number_integer());
  CHECK(region["startLine"].get<int>() >= 1);
  REQUIRE(region["startColumn"].is_number_integer());
  CHECK(region["startColumn"].get<int>() >= 1);
  if (region.contains("endLine")) CHECK(region["endLine"] >= region["startLine"]);
  if (region.contains("endColumn") && region["endLine"] == region["startLine"]) {
    CHECK(region["endColumn"] >= region["startColumn"]);
  }
}

TEST_CASE("SARIF 2.1.0 required structure", "[sarif]") {
  const Report r = testing::FixtureReport();
  const json log = Sarif(r);
  CHECK(log["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json");
  CHECK(log["version"] == "2.1.0");
  REQUIRE(log["runs"].is_array());
  REQUIRE(log["runs"].size() == 1);
  const json& run = log["runs"][0];
  CHECK(run["tool"]["driver"]["name"] == "figcheck");
  CHECK(run["columnKind"] == "unicodeCodePoints");

  const json& rules = run["tool"]["driver"]["rules"];
  REQUIRE(rules.is_array());
  for (const json& rule : rules) {
    REQUIRE(rule["id"].is_string());
    CHECK(rule["shortDescription"]["text"].is_string());
  }

  const json& artifacts = run["artifacts"];
  REQUIRE(artifacts.size() == r.sources.size());
  CHECK(artifacts[0]["properties"]["outlet"] == r.sources[0].outlet);
  CHECK(artifacts[0]["properties"]["date"] == "2025-03-12");
  CHECK(artifacts[2]["properties"]["date"].is_null());

  const json& results = run["results"];
  REQUIRE(results.size() == r.findings.size());
  for (size_t i = 0; i < results.size(); ++i) {
    const json& res = results[i];
    const Finding& f = r.findings[i];
    CHECK(res["ruleId"] == f.type);
    REQUIRE(res["ruleIndex"].is_number_integer());
    CHECK(rules[res["ruleIndex"].get<size_t>()]["id"] == f.type);
    const std::string level = res["level"];
    CHECK((level == "error" || level == "warning" || level == "note" || level == "none"));
    CHECK(level == SeverityName(f.severity));
    REQUIRE(res["message"]["text"].is_string());
    CHECK(res["message"]["text"] == f.message);
    REQUIRE(res["locations"].is_array());
    // A location in each source involved.
    std::set<std::string> uris;
    for (const json& loc : res["locations"]) {
      const json& phys = loc["physicalLocation"];
      REQUIRE(phys["artifactLocation"]["uri"].is_string());
      uris.insert(phys["artifactLocation"]["uri"]);
      CHECK(phys["artifactLocation"]["index"].get<size_t>() < artifacts.size());
      CheckRegion(phys["region"]);
    }
    std::set<std::string> expected;
    for (uint32_t c : f.claims) expected.insert(r.sources[r.claims[c].source].source_name);
    CHECK(uris == expected);
    CHECK(res["partialFingerprints"].is_object());
  }
}

TEST_CASE("SARIF: suppressed findings stay, marked, and URIs are encoded", "[sarif]") {
  Report r = testing::FixtureReport();
  r.findings[0].suppressed = true;
  r.sources[0].source_name = "/abs/مجلد/a b.txt";
  const json log = Sarif(r);
  const json& res = log["runs"][0]["results"][0];
  CHECK(res["suppressions"][0]["kind"] == "external");
  const std::string uri = log["runs"][0]["artifacts"][0]["location"]["uri"];
  CHECK(uri.rfind("file:///abs/%D9%85", 0) == 0);
  CHECK(uri.find(' ') == std::string::npos);
  CHECK(uri.find("a%20b.txt") != std::string::npos);
}

TEST_CASE("SARIF: only_sources keeps findings involving the drafts", "[sarif]") {
  const Report r = testing::FixtureReport();
  RenderOptions o;
  o.only_sources = {2};
  const json log = Sarif(r, o);
  size_t expected = 0;
  for (const Finding& f : r.findings) expected += InvolvesSources(r, f, {2});
  CHECK(log["runs"][0]["results"].size() == expected);
  CHECK(expected < r.findings.size());
}

}  // namespace
}  // namespace figcheck
