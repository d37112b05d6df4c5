#include <catch2/catch.hpp>

#include "builders.h"
#include "compare/verdict.h"

namespace figcheck::compare {
namespace {

using testing::About;
using testing::Count;
using testing::Date;
using testing::Days;
using testing::Exact;
using testing::kInf;
using testing::MoreThan;

Verdict JudgeClaims(const Claim& a, const Claim& b, Tolerance tol = {}) {
  const Verdict v = Judge(*FigureOf(a), *FigureOf(b), tol);
  REQUIRE(Judge(*FigureOf(b), *FigureOf(a), tol) == v);  // symmetric
  return v;
}

TEST_CASE("exact figures: equal, rounded, different", "[verdict]") {
  CHECK(JudgeClaims(Exact(0, "k", 44), Exact(1, "k", 44)) == Verdict::kAgree);
  CHECK(JudgeClaims(Exact(0, "k", 44), Exact(1, "k", 45)) == Verdict::kConflict);
  CHECK(JudgeClaims(Exact(0, "k", 40000), Exact(1, "k", 40005)) == Verdict::kPrecisionMismatch);
  CHECK(JudgeClaims(Exact(0, "k", 40000), Exact(1, "k", 45000)) == Verdict::kConflict);
  // "50" is an exact count (rounding unit 10 < 100): 54 conflicts with it.
  CHECK(JudgeClaims(Exact(0, "k", 50), Exact(1, "k", 54)) == Verdict::kConflict);
  Tolerance percent{0, 0, 1};
  CHECK(JudgeClaims(Exact(0, "k", 12), Exact(1, "k", 12.4), percent) ==
        Verdict::kPrecisionMismatch);
  CHECK(JudgeClaims(Exact(0, "k", 3.5), Exact(1, "k", 3.47)) == Verdict::kPrecisionMismatch);
  CHECK(JudgeClaims(Exact(0, "k", 3.5), Exact(1, "k", 3.44)) == Verdict::kConflict);
}

TEST_CASE("tolerances widen by the larger of absolute and relative", "[verdict]") {
  CHECK(JudgeClaims(Exact(0, "k", 100), Exact(1, "k", 101), {0.01, 0, 100}) == Verdict::kAgree);
  CHECK(JudgeClaims(Exact(0, "k", 250), Exact(1, "k", 253), {0.01, 0, 100}) == Verdict::kConflict);
  CHECK(JudgeClaims(Exact(0, "k", 250), Exact(1, "k", 253), {0.01, 3, 100}) == Verdict::kAgree);
  // 100 is a round figure: 102 rounds to it.
  CHECK(JudgeClaims(Exact(0, "k", 100), Exact(1, "k", 102), {0.01, 0, 100}) ==
        Verdict::kPrecisionMismatch);
}

TEST_CASE("hedges: one-sided, same, different bounds, incompatible", "[verdict]") {
  CHECK(JudgeClaims(About(0, "k", 50), Exact(1, "k", 50)) == Verdict::kHedgeOneSided);
  CHECK(JudgeClaims(About(0, "k", 50), Exact(1, "k", 60)) == Verdict::kConflict);
  CHECK(JudgeClaims(About(0, "k", 60), Exact(1, "k", 50)) == Verdict::kConflict);
  CHECK(JudgeClaims(About(0, "k", 50), About(1, "k", 50)) == Verdict::kAgree);
  CHECK(JudgeClaims(About(0, "k", 50), About(1, "k", 55)) == Verdict::kHedgeBounds);
  CHECK(JudgeClaims(MoreThan(0, "k", 40000), MoreThan(1, "k", 40000)) == Verdict::kAgree);
  CHECK(JudgeClaims(MoreThan(0, "k", 30000), MoreThan(1, "k", 40000)) == Verdict::kHedgeBounds);
  CHECK(JudgeClaims(MoreThan(0, "k", 40000), Exact(1, "k", 45000)) == Verdict::kHedgeOneSided);
  CHECK(JudgeClaims(MoreThan(0, "k", 40000), Exact(1, "k", 40000)) == Verdict::kConflict);
  const Claim at_least = Count(0, "k", Qualifier::kAtLeast, 40000, {40000, kInf, false, false});
  CHECK(JudgeClaims(at_least, MoreThan(1, "k", 40000)) == Verdict::kAgree);
}

TEST_CASE("dates: equal, shifted, coarser", "[verdict]") {
  const Claim d1415 = Date(0, "k", {2024, 9, 14}, {2024, 9, 15});
  CHECK(JudgeClaims(d1415, Date(1, "k", {2024, 9, 14}, {2024, 9, 15})) == Verdict::kAgree);
  CHECK(JudgeClaims(d1415, Date(1, "k", {2024, 9, 13}, {2024, 9, 15})) == Verdict::kConflict);
  CHECK(JudgeClaims(d1415, Date(1, "k", {2024, 10, 14}, {2024, 10, 15})) == Verdict::kConflict);
  const Claim september = Date(1, "k", {2024, 9, 1}, {2024, 9, 30}, "", 1, DateGranularity::kMonth);
  CHECK(JudgeClaims(d1415, september) == Verdict::kPrecisionMismatch);
  const Claim august = Date(1, "k", {2024, 8, 1}, {2024, 8, 31}, "", 1, DateGranularity::kMonth);
  CHECK(JudgeClaims(d1415, august) == Verdict::kConflict);
  // A one-day date tolerance forgives a day's shift on both ends.
  CHECK(JudgeClaims(d1415, Date(1, "k", {2024, 9, 13}, {2024, 9, 14}), {0, 1, 0}) ==
        Verdict::kAgree);
}

TEST_CASE("durations compare in days", "[verdict]") {
  CHECK(JudgeClaims(Days(0, "k", 44), Days(1, "k", 44)) == Verdict::kAgree);
  CHECK(JudgeClaims(Days(0, "k", 44), Days(1, "k", 45)) == Verdict::kConflict);
  Claim month = Days(1, "k", 1);
  month.figure.duration = DurationValue{1, DurationUnit::kMonth, 28, 31};
  month.figure.interval = Interval::Point(1);
  CHECK(JudgeClaims(Days(0, "k", 30), month) == Verdict::kPrecisionMismatch);
  CHECK(JudgeClaims(Days(0, "k", 44), month) == Verdict::kConflict);
}

TEST_CASE("rounding units", "[verdict]") {
  CHECK(RoundingUnit(40000) == 10000);
  CHECK(RoundingUnit(40005) == 1);
  CHECK(RoundingUnit(0) == 1);
  CHECK(RoundingUnit(3.5) == Approx(0.1));
  CHECK(RoundingUnit(-120) == 10);
}

}  // namespace
}  // namespace figcheck::compare
