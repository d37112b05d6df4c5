// The acceptance cases of the seed pair (../shared/seeds/README.md), with
// the claims the extractors should produce built by hand: source 0 is the
// undated TRT Arabic report, source 1 the Anadolu Agency report dated
// 2024-09-17.
#include <catch2/catch.hpp>

#include <algorithm>

#include "builders.h"
#include "figcheck/compare.h"

namespace figcheck {
namespace {

using testing::About;
using testing::Date;
using testing::Days;
using testing::Exact;
using testing::MoreThan;
using testing::Source;
using testing::UnresolvedDate;

ComparePolicy SeedPolicy() {
  ComparePolicy p;
  p.keys["participants.countries"].kind = "count";
  p.keys["conference.dates"].kind = "date";
  KeySpec& killed = p.keys["casualties.killed"];
  killed.cumulative = true;
  killed.part_of = {"casualties.killed_or_wounded"};
  p.keys["casualties.killed_or_wounded"].cumulative = true;
  p.keys["casualties.missing"].cumulative = true;
  KeySpec& start = p.keys["war.start"];
  start.event = "war";
  start.role = EventRole::kStart;
  KeySpec& duration = p.keys["war.duration"];
  duration.event = "war";
  duration.role = EventRole::kDuration;
  return p;
}

struct Seed {
  std::vector<DocumentInfo> sources = {
      Source("000_a1def3d06e77b404.txt", "TRT Arabic"),
      Source("001_e3e6ebe67c5ba3e4.txt", "Anadolu Agency", CivilDate{2024, 9, 17})};
  Claim participants0 = About(0, "participants.countries", 50, "", 2);
  Claim participants1 = Exact(1, "participants.countries", 50, "", 2);
  Claim dates0 = Date(0, "conference.dates", {2024, 9, 14}, {2024, 9, 15}, "", 1);
  Claim dates1 = Date(1, "conference.dates", {2024, 9, 14}, {2024, 9, 15}, "", 1);
  Claim war0 = Days(0, "war.duration", 44, "karabakh", 4);
  Claim war1 = Days(1, "war.duration", 44, "karabakh", 4);
  Claim killed0 = MoreThan(0, "casualties.killed", 40000, "gaza", 6);
  Claim killed1 = MoreThan(1, "casualties.killed", 40000, "gaza", 6);

  std::vector<Claim> Claims() const {
    return {participants0,
            participants1,
            dates0,
            dates1,
            war0,
            war1,
            killed0,
            killed1,
            MoreThan(1, "casualties.killed_or_wounded", 136000, "gaza", 7),
            MoreThan(1, "casualties.missing", 10000, "gaza", 8),
            Date(1, "war.start", {2020, 9, 27}, {2020, 9, 27}, "karabakh", 3),
            Date(1, "war.start", {2023, 10, 7}, {2023, 10, 7}, "gaza", 5)};
  }
  Report Run() const { return Compare(sources, Claims(), SeedPolicy()); }
};

std::vector<const Finding*> OfType(const Report& r, const std::string& type) {
  std::vector<const Finding*> out;
  for (const Finding& f : r.findings) {
    if (f.type == type) out.push_back(&f);
  }
  return out;
}

std::vector<const Finding*> OfKey(const Report& r, const std::string& key) {
  std::vector<const Finding*> out;
  for (const Finding& f : r.findings) {
    if (f.key == key) out.push_back(&f);
  }
  return out;
}

// The pointers point into the report: a temporary one would leave them
// dangling (AddressSanitizer caught one), so keep the report in a variable.
std::vector<const Finding*> OfType(Report&&, const std::string&) = delete;
std::vector<const Finding*> OfKey(Report&&, const std::string&) = delete;

TEST_CASE("seed: the expected verdicts and nothing else", "[compare][seed]") {
  const Report r = Seed().Run();
  const auto hedges = OfType(r, "hedge-mismatch");
  REQUIRE(hedges.size() == 1);
  CHECK(hedges[0]->key == "participants.countries");
  CHECK(hedges[0]->severity == Severity::kWarning);
  CHECK(hedges[0]->claims.size() == 2);
  CHECK(hedges[0]->message.find("about 50") != std::string::npos);

  // Agreements print nothing by default.
  CHECK(OfKey(r, "conference.dates").empty());
  CHECK(OfKey(r, "war.duration").empty());
  CHECK(OfKey(r, "casualties.killed").empty());
  // killed (more than 40,000) within killed-or-wounded (more than 136,000).
  CHECK(OfType(r, "part-exceeds-whole").empty());
  CHECK(OfType(r, "conflict").empty());

  const auto single = OfType(r, "single-source");
  std::vector<std::string> keys;
  for (const Finding* f : single) keys.push_back(f->key + "/" + f->scope);
  std::sort(keys.begin(), keys.end());
  CHECK(keys == std::vector<std::string>{"casualties.killed_or_wounded/gaza",
                                         "casualties.missing/gaza", "war.start/gaza",
                                         "war.start/karabakh"});
  for (const Finding* f : single) CHECK(f->severity == Severity::kNote);
  CHECK(r.findings.size() == 5);
  CHECK(r.MaxSeverity() == Severity::kWarning);
}

TEST_CASE("seed: killed and killed-or-wounded are never one group", "[compare][seed]") {
  const Report r = Seed().Run();
  for (const ClaimGroup& g : r.groups) {
    for (uint32_t c : g.claims) CHECK(r.claims[c].key == g.key);
  }
  const auto part = std::find_if(r.groups.begin(), r.groups.end(),
                                 [](const ClaimGroup& g) { return g.key == "casualties.killed"; });
  REQUIRE(part != r.groups.end());
  REQUIRE(part->part_of.size() == 1);
  CHECK(r.groups[part->part_of[0]].key == "casualties.killed_or_wounded");
}

TEST_CASE("seed: 44 against 45 days is a conflict", "[compare][seed]") {
  Seed s;
  s.war1 = Days(1, "war.duration", 45, "karabakh", 4);
  const Report r = s.Run();
  const auto conflicts = OfType(r, "conflict");
  REQUIRE(conflicts.size() == 1);
  CHECK(conflicts[0]->key == "war.duration");
  CHECK(conflicts[0]->scope == "karabakh");
  CHECK(conflicts[0]->severity == Severity::kError);
  CHECK(r.MaxSeverity() == Severity::kError);
}

TEST_CASE("seed: about 50 against 60 is a conflict", "[compare][seed]") {
  Seed s;
  s.participants1 = Exact(1, "participants.countries", 60, "", 2);
  const Report r = s.Run();
  const auto conflicts = OfType(r, "conflict");
  REQUIRE(conflicts.size() == 1);
  CHECK(conflicts[0]->key == "participants.countries");
  CHECK(OfType(r, "hedge-mismatch").empty());
}

TEST_CASE("seed: 13-15 against 14-15 September is a conflict", "[compare][seed]") {
  Seed s;
  s.dates1 = Date(1, "conference.dates", {2024, 9, 13}, {2024, 9, 15}, "", 1);
  const Report r = s.Run();
  const auto conflicts = OfType(r, "conflict");
  REQUIRE(conflicts.size() == 1);
  CHECK(conflicts[0]->key == "conference.dates");
}

TEST_CASE("seed: day ranges as the extractor marks them (qualifier range) are exact dates",
          "[compare][seed]") {
  // The date grammar gives "14-15 September" the qualifier range
  // (docs/dates.md); that is the days themselves, not a hedge.
  Seed s;
  s.dates0.figure.qualifier = Qualifier::kRange;
  s.dates1.figure.qualifier = Qualifier::kRange;
  const Report same = s.Run();
  CHECK(OfKey(same, "conference.dates").empty());  // 14-15 and 14-15 agree
  s.dates1 = Date(1, "conference.dates", {2024, 9, 13}, {2024, 9, 15}, "", 1);
  s.dates1.figure.qualifier = Qualifier::kRange;
  const Report apart = s.Run();
  const auto conflicts = OfKey(apart, "conference.dates");
  REQUIRE(conflicts.size() == 1);
  CHECK(conflicts[0]->type == "conflict");
  // Against a single exact day, too.
  s.dates1 = Date(1, "conference.dates", {2024, 9, 14}, {2024, 9, 14}, "", 1);
  const Report against_one_day = s.Run();
  const auto single = OfKey(against_one_day, "conference.dates");
  REQUIRE(single.size() == 1);
  CHECK(single[0]->type == "conflict");
}

TEST_CASE("seed: more than 40,000 against more than 45,000 is a hedge mismatch",
          "[compare][seed]") {
  Seed s;
  s.killed1 = MoreThan(1, "casualties.killed", 45000, "gaza", 6);
  const Report r = s.Run();
  const auto hedges = OfKey(r, "casualties.killed");
  REQUIRE(hedges.size() == 1);
  CHECK(hedges[0]->type == "hedge-mismatch");
  CHECK(hedges[0]->message.find("bounds differ") != std::string::npos);
}

TEST_CASE("seed: a relative date without a document date is unresolved", "[compare][seed]") {
  Seed s;
  s.sources[1].date.reset();
  s.dates1 = UnresolvedDate(1, "conference.dates", "", 1);
  const Report r = s.Run();
  const auto unresolved = OfType(r, "unresolved");
  REQUIRE(unresolved.size() == 1);
  CHECK(unresolved[0]->severity == Severity::kNote);
  CHECK(r.claims[unresolved[0]->claims[0]].source == 1);
  // Both sources speak of the dates: not a single-source claim, and not
  // compared either.
  for (const Finding* f : OfKey(r, "conference.dates")) CHECK(f->type == "unresolved");
}

}  // namespace
}  // namespace figcheck
