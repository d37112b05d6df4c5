// Compare() as a whole: canonical order and ids, severities, scale.
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <random>

#include "builders.h"
#include "figcheck/compare.h"

namespace figcheck {
namespace {

using testing::About;
using testing::Exact;
using testing::Source;

std::vector<DocumentInfo> Sources(int n) {
  std::vector<DocumentInfo> out;
  for (int i = 0; i < n; ++i) out.push_back(Source("s" + std::to_string(i) + ".txt", ""));
  return out;
}

std::vector<Claim> Mixed() {
  return {Exact(1, "b", 44, "", 3), Exact(0, "b", 45, "", 2), About(0, "a", 50, "", 1),
          Exact(1, "a", 50, "", 1), Exact(1, "c", 7, "", 2),  Exact(0, "b", 46, "", 5)};
}

std::string Summary(const Report& r) {
  std::string s;
  for (const Claim& c : r.claims) s += c.id + "=" + c.key + " ";
  for (const ClaimGroup& g : r.groups) s += g.id + "=" + g.key + " ";
  for (const Finding& f : r.findings) {
    s += f.id + "=" + f.type + ":" + f.key + "[";
    for (uint32_t c : f.claims) s += r.claims[c].id + ",";
    s += "] ";
  }
  return s;
}

TEST_CASE("ids and order do not depend on the order claims arrive in", "[compare]") {
  const std::string expected = Summary(Compare(Sources(2), Mixed(), {}));
  std::vector<Claim> claims = Mixed();
  std::mt19937 rng(7);
  for (int i = 0; i < 20; ++i) {
    std::shuffle(claims.begin(), claims.end(), rng);
    CHECK(Summary(Compare(Sources(2), claims, {})) == expected);
  }
  const Report r = Compare(Sources(2), Mixed(), {});
  CHECK(r.claims[0].id == "0:1");
  CHECK(r.claims[3].id == "1:1");
  REQUIRE(r.findings.size() >= 3);
  CHECK(r.findings[0].id == "F1");
  CHECK(r.findings[0].key == "a");  // findings sort by key first
}

TEST_CASE("severities per type and per key, and none drops a finding", "[compare]") {
  ComparePolicy p;
  p.severity["hedge-mismatch"] = Severity::kError;
  p.keys["c"].severity["*"] = Severity::kNone;  // c's single-source note
  p.keys["b"].severity["conflict"] = Severity::kWarning;
  const Report r = Compare(Sources(2), Mixed(), p);
  for (const Finding& f : r.findings) {
    CHECK(f.key != "c");
    if (f.type == "hedge-mismatch") CHECK(f.severity == Severity::kError);
    if (f.key == "b" && f.type == "conflict") CHECK(f.severity == Severity::kWarning);
  }
  CHECK(p.SeverityFor("agreement", "c") == Severity::kNone);
  CHECK(DefaultSeverity("no-such-type") == Severity::kNone);
}

TEST_CASE("agreements only on request", "[compare]") {
  const std::vector<Claim> claims = {Exact(0, "k", 44), Exact(1, "k", 44)};
  CHECK(Compare(Sources(2), claims, {}).findings.empty());
  ComparePolicy p;
  p.include_agreements = true;
  const Report r = Compare(Sources(2), claims, p);
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].type == "agreement");
  CHECK(r.findings[0].severity == Severity::kNone);
  CHECK(r.MaxSeverity() == Severity::kNone);
}

TEST_CASE("a single source run has no single-source notes", "[compare]") {
  CHECK(Compare(Sources(1), {Exact(0, "k", 1)}, {}).findings.empty());
}

TEST_CASE("claims of unknown sources are dropped with a diagnostic", "[compare]") {
  const Report r = Compare(Sources(1), {Exact(0, "k", 1), Exact(3, "k", 2)}, {});
  CHECK(r.claims.size() == 1);
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].message.find("source 3") != std::string::npos);
}

TEST_CASE("HighestSeverity filters by source", "[compare]") {
  std::vector<DocumentInfo> sources = Sources(3);
  // 0 and 1 conflict; 2 states something only it states (a note).
  const Report r = Compare(sources, {Exact(0, "k", 1), Exact(1, "k", 2), Exact(2, "j", 3)}, {});
  CHECK(HighestSeverity(r) == Severity::kError);
  CHECK(HighestSeverity(r, {2}) == Severity::kNote);
  CHECK(HighestSeverity(r, {1}) == Severity::kError);
}

TEST_CASE("grouping is not quadratic in the number of claims", "[compare][scale]") {
  // 60,000 claims over 20,000 keys and 3 sources: a quadratic pass would
  // make 1.8e9 comparisons; hashing makes this well under a second.
  std::vector<Claim> claims;
  for (uint32_t i = 0; i < 60000; ++i) {
    claims.push_back(Exact(i % 3, "key." + std::to_string(i / 3), 100 + (i % 7 == 0), "", i));
  }
  const auto t0 = std::chrono::steady_clock::now();
  const Report r = Compare(Sources(3), std::move(claims), {});
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  CHECK(r.groups.size() == 20000);
  CHECK(seconds < 10.0);  // generous for sanitizer builds
}

}  // namespace
}  // namespace figcheck

namespace figcheck {

TEST_CASE("a dateline weekday that does not match its date is a diagnostic", "[compare]") {
  const CivilDate day{2024, 9, 17};
  std::vector<DocumentInfo> sources = {testing::Source("a.txt", "", day),
                                       testing::Source("b.txt", "", day)};
  sources[0].date_weekday = 2;  // Tuesday: right
  sources[1].date_weekday = 4;  // Thursday: wrong
  const Report r = Compare(sources, {}, ComparePolicy{});
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].source_name == "b.txt");
  CHECK(r.diagnostics[0].message ==
        "the dateline says Thursday but 2024-09-17 is a Tuesday");
}

}  // namespace figcheck
