// Finding types beyond the seed: internal conflicts, precision, part/whole,
// updates of cumulative figures, date arithmetic.
#include <catch2/catch.hpp>

#include <algorithm>

#include "builders.h"
#include "figcheck/compare.h"

namespace figcheck {
namespace {

using testing::Date;
using testing::Days;
using testing::Exact;
using testing::MoreThan;
using testing::Source;

std::vector<DocumentInfo> TwoSources(std::optional<CivilDate> d0 = std::nullopt,
                                     std::optional<CivilDate> d1 = std::nullopt) {
  return {Source("a.txt", "Outlet A", d0), Source("b.txt", "Outlet B", d1)};
}

std::vector<std::string> Types(const Report& r) {
  std::vector<std::string> out;
  for (const Finding& f : r.findings) out.push_back(f.type);
  return out;
}

TEST_CASE("a source that disagrees with itself", "[findings]") {
  const Report r = Compare(TwoSources(),
                           {Exact(0, "war.days", 44, "", 1), Exact(0, "war.days", 45, "", 2),
                            Exact(1, "war.days", 44, "", 1)},
                           {});
  CHECK(Types(r) == std::vector<std::string>{"conflict", "internal-conflict"});
  CHECK(r.findings[1].message.find("says both 44 and 45") != std::string::npos);
}

TEST_CASE("repeated figures make one finding, naming every source", "[findings]") {
  std::vector<DocumentInfo> sources = TwoSources();
  sources.push_back(Source("c.txt", "Outlet C"));
  const Report r = Compare(sources,
                           {Exact(0, "k", 44, "", 1), Exact(0, "k", 44, "", 2),
                            Exact(1, "k", 45, "", 1), Exact(2, "k", 44, "", 1)},
                           {});
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].type == "conflict");
  CHECK(r.findings[0].claims.size() == 4);
  CHECK(r.findings[0].message.find("Outlet A (undated) and Outlet C (undated) say 44") !=
        std::string::npos);
}

TEST_CASE("precision mismatch", "[findings]") {
  const Report r = Compare(TwoSources(), {Exact(0, "k", 40000), Exact(1, "k", 40005)}, {});
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].type == "precision-mismatch");
  CHECK(r.findings[0].severity == Severity::kNote);
}

TEST_CASE("part exceeds whole: one part, and parts added up", "[findings]") {
  ComparePolicy p;
  p.keys["killed"].part_of = {"casualties"};
  p.keys["security"].part_of = {"dead"};
  p.keys["workers"].part_of = {"dead"};
  SECTION("killed more than killed-or-wounded") {
    const Report r =
        Compare(TwoSources(),
                {Exact(0, "killed", 140000, "gaza"), MoreThan(1, "casualties", 136000, "gaza", 2),
                 Exact(1, "casualties", 136000, "gaza", 3)},
                p);
    std::vector<const Finding*> pw;
    for (const Finding& f : r.findings) {
      if (f.type == "part-exceeds-whole") pw.push_back(&f);
    }
    REQUIRE(pw.size() == 1);
    CHECK(pw[0]->key == "killed");
    CHECK(pw[0]->severity == Severity::kError);
    CHECK(pw[0]->claims.size() == 2);
  }
  SECTION("12 security men and 3 workers against a total of 12") {
    const Report r = Compare(TwoSources(),
                             {Exact(0, "security", 12, "", 1), Exact(0, "workers", 3, "", 2),
                              Exact(1, "dead", 12, "", 1), Exact(1, "security", 12, "", 2)},
                             p);
    std::vector<const Finding*> pw;
    for (const Finding& f : r.findings) {
      if (f.type == "part-exceeds-whole") pw.push_back(&f);
    }
    REQUIRE(pw.size() == 1);
    CHECK(pw[0]->key == "dead");
    CHECK(pw[0]->claims.size() == 3);
    CHECK(pw[0]->message.find("add up to 15") != std::string::npos);
  }
  SECTION("more than 40,000 within more than 136,000") {
    const Report r = Compare(
        TwoSources(),
        {MoreThan(0, "killed", 40000, "gaza"), MoreThan(1, "casualties", 136000, "gaza")}, p);
    for (const Finding& f : r.findings) CHECK(f.type != "part-exceeds-whole");
  }
}

TEST_CASE("cumulative figures: update, shrink, undated", "[findings]") {
  ComparePolicy p;
  p.keys["killed"].cumulative = true;
  const std::vector<Claim> claims = {Exact(0, "killed", 40000), Exact(1, "killed", 45000)};
  SECTION("grows from the earlier to the later source") {
    const Report r = Compare(TwoSources(CivilDate{2024, 8, 1}, CivilDate{2024, 9, 1}), claims, p);
    CHECK(Types(r) == std::vector<std::string>{"update"});
    CHECK(r.findings[0].message.find("up from 40,000") != std::string::npos);
  }
  SECTION("shrinks") {
    const Report r = Compare(TwoSources(CivilDate{2024, 9, 1}, CivilDate{2024, 8, 1}), claims, p);
    CHECK(Types(r) == std::vector<std::string>{"conflict"});
    CHECK(r.findings[0].message.find("cannot shrink") != std::string::npos);
  }
  SECTION("a source without a date: unresolved, never guessed") {
    const Report r = Compare(TwoSources(CivilDate{2024, 9, 1}), claims, p);
    CHECK(Types(r) == std::vector<std::string>{"unresolved"});
  }
  SECTION("hedged bounds that grow are an update too") {
    const Report r = Compare(TwoSources(CivilDate{2024, 8, 1}, CivilDate{2024, 9, 1}),
                             {MoreThan(0, "killed", 40000), MoreThan(1, "killed", 45000)}, p);
    CHECK(Types(r) == std::vector<std::string>{"update"});
  }
  SECTION("a floor, then a higher exact figure: the toll moved on") {
    const Report r = Compare(TwoSources(CivilDate{2025, 6, 4}, CivilDate{2025, 6, 5}),
                             {MoreThan(0, "killed", 23), Exact(1, "killed", 27)}, p);
    CHECK(Types(r) == std::vector<std::string>{"update"});
  }
  SECTION("an exact figure, then a lower floor: still a hedge worth a warning") {
    const Report r = Compare(TwoSources(CivilDate{2025, 6, 4}, CivilDate{2025, 6, 5}),
                             {Exact(0, "killed", 150), MoreThan(1, "killed", 140)}, p);
    CHECK(Types(r) == std::vector<std::string>{"hedge-mismatch"});
  }
  SECTION("about 100, then 95: a hedge worth a warning, not an update") {
    const Report r = Compare(TwoSources(CivilDate{2025, 6, 4}, CivilDate{2025, 6, 5}),
                             {testing::About(0, "killed", 100), Exact(1, "killed", 95)}, p);
    CHECK(Types(r) == std::vector<std::string>{"hedge-mismatch"});
  }
  SECTION("updates never merge later sources of different dates") {
    std::vector<DocumentInfo> four = {
        Source("a.txt", "A", CivilDate{2025, 6, 1}), Source("c.txt", "C", CivilDate{2025, 6, 2}),
        Source("e.txt", "E", CivilDate{2025, 6, 3}), Source("b.txt", "B", CivilDate{2025, 6, 4})};
    const Report r = Compare(four,
                             {Exact(0, "killed", 20), Exact(1, "killed", 30),
                              Exact(2, "killed", 25), Exact(3, "killed", 30)},
                             p);
    for (const Finding& f : r.findings) {
      if (f.type != "update") continue;
      INFO(f.message);
      CHECK(f.message.find("C (2025-06-02) and B") == std::string::npos);
    }
  }
  SECTION("one update names every earlier figure it moved on from") {
    const Report r = Compare(TwoSources(CivilDate{2025, 6, 4}, CivilDate{2025, 6, 5}),
                             {Exact(0, "killed", 23, "", 1), MoreThan(0, "killed", 20, "", 2),
                              Exact(1, "killed", 27)},
                             p);
    REQUIRE(Types(r) == std::vector<std::string>{"update"});
    CHECK(r.findings[0].claims.size() == 3);
    CHECK(r.findings[0].message.find("says 27, up from 23 and more than 20 earlier in Outlet A") !=
          std::string::npos);
  }
}

TEST_CASE("date arithmetic: start plus duration against end, and weekdays", "[findings]") {
  ComparePolicy p;
  p.keys["war.start"] = KeySpec{"date", "", false, {}, {}, "war", EventRole::kStart, {}};
  p.keys["war.days"] = KeySpec{"duration", "", false, {}, {}, "war", EventRole::kDuration, {}};
  p.keys["war.end"] = KeySpec{"date", "", false, {}, {}, "war", EventRole::kEnd, {}};
  const Claim start = Date(0, "war.start", {2020, 9, 27}, {2020, 9, 27}, "karabakh", 1);
  const Claim days = Days(1, "war.days", 44, "karabakh", 2);
  SECTION("ends as stated, within the one-day tolerance") {
    for (int day : {9, 10, 11}) {
      const Report r = Compare(
          TwoSources(),
          {start, days, Date(1, "war.end", {2020, 11, day}, {2020, 11, day}, "karabakh", 3)}, p);
      for (const Finding& f : r.findings) CHECK(f.type != "date-arithmetic");
    }
  }
  SECTION("misses the stated end") {
    const Report r = Compare(
        TwoSources(),
        {start, days, Date(1, "war.end", {2020, 11, 20}, {2020, 11, 20}, "karabakh", 3)}, p);
    // Start, duration and end are each given by one source only: besides
    // the arithmetic, three single-source notes.
    std::vector<std::string> types = Types(r);
    std::sort(types.begin(), types.end());
    REQUIRE(types == std::vector<std::string>{"date-arithmetic", "single-source", "single-source",
                                              "single-source"});
    const auto f = std::find_if(r.findings.begin(), r.findings.end(),
                                [](const Finding& x) { return x.type == "date-arithmetic"; });
    CHECK(f->claims.size() == 3);
    CHECK(f->severity == Severity::kWarning);
    CHECK(f->message.find("on 2020-11-10") != std::string::npos);
  }
  SECTION("another scope's end is another event") {
    const Report r =
        Compare(TwoSources(),
                {start, days, Date(1, "war.end", {2020, 11, 20}, {2020, 11, 20}, "gaza", 3)}, p);
    for (const Finding& f : r.findings) CHECK(f.type != "date-arithmetic");
  }
  SECTION("a weekday that does not match its date") {
    Claim tuesday = Date(0, "pub", {2024, 9, 17}, {2024, 9, 17});
    tuesday.figure.date->weekday = 2;
    Claim wrong = Date(1, "pub", {2024, 9, 17}, {2024, 9, 17});
    wrong.figure.date->weekday = 3;
    const Report r = Compare(TwoSources(), {tuesday, wrong}, p);
    REQUIRE(Types(r) == std::vector<std::string>{"date-arithmetic"});
    CHECK(r.findings[0].message.find("as a Wednesday, but that day was a Tuesday") !=
          std::string::npos);
  }
}

TEST_CASE("units that differ are not compared", "[findings]") {
  Claim usd = Exact(0, "fund", 250000000);
  usd.unit = "USD";
  Claim eur = Exact(1, "fund", 200000000);
  eur.unit = "EUR";
  CHECK(Compare(TwoSources(), {usd, eur}, {}).findings.empty());
}

}  // namespace
}  // namespace figcheck
