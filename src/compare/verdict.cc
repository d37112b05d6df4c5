#include "compare/verdict.h"

#include <algorithm>
#include <cmath>

namespace figcheck::compare {
namespace {

// Qualifiers that bound a figure the same way: "more than" and "at least"
// differ by one unit at most, which is not worth a finding of its own.
int Family(Qualifier q) {
  switch (q) {
    case Qualifier::kExact: return 0;
    case Qualifier::kApprox: return 1;
    case Qualifier::kMoreThan:
    case Qualifier::kAtLeast: return 2;
    case Qualifier::kLessThan:
    case Qualifier::kAtMost: return 3;
    case Qualifier::kRange: return 4;
    case Qualifier::kVague: return 5;
  }
  return 0;
}

bool SameBounds(const Interval& a, const Interval& b) {
  return a.low == b.low && a.high == b.high && a.low_open == b.low_open &&
         a.high_open == b.high_open;
}

// Two hedged figures say the same when they hedge the same way from the
// same written figure (or, without one, over the same interval).
bool SameAnchor(const Figure& a, const Figure& b) {
  if (Family(a.qualifier) != Family(b.qualifier)) return false;
  if (a.value && b.value) return *a.value == *b.value;
  return a.interval.low == b.interval.low && a.interval.high == b.interval.high;
}

// "40,000" against "40,005": the coarser figure's rounding unit applied to
// the finer one gives the coarser one back.
bool AgreeAfterRounding(double a, double b, const Tolerance& tol) {
  const double ua = RoundingUnit(a);
  const double ub = RoundingUnit(b);
  if (ua == ub) return false;
  const double coarse = ua > ub ? a : b;
  const double fine = ua > ub ? b : a;
  const double unit = std::max(ua, ub);
  if (unit >= 1 && unit < tol.rounding_min_unit) return false;
  const double rounded = std::round(fine / unit) * unit;
  return std::fabs(rounded - coarse) <= 1e-9 * std::max(1.0, std::fabs(coarse));
}

Verdict JudgeQuantity(const Figure& a, const Figure& b, const Tolerance& tol) {
  const bool compatible = Compatible(a.interval, b.interval, tol);
  if (a.exact() && b.exact()) {
    const bool points = a.interval.is_point() && b.interval.is_point();
    if (points) {
      if (compatible) return Verdict::kAgree;
      if (a.measure == Measure::kQuantity &&
          AgreeAfterRounding(a.interval.low, b.interval.low, tol)) {
        return Verdict::kPrecisionMismatch;
      }
      return Verdict::kConflict;
    }
    if (!compatible) return Verdict::kConflict;
    return SameBounds(a.interval, b.interval) ? Verdict::kAgree : Verdict::kPrecisionMismatch;
  }
  if (!compatible) return Verdict::kConflict;
  if (a.exact() != b.exact()) return Verdict::kHedgeOneSided;
  return SameAnchor(a, b) ? Verdict::kAgree : Verdict::kHedgeBounds;
}

Verdict JudgeDate(const Figure& a, const Figure& b, const Tolerance& tol) {
  if (!Compatible(a.interval, b.interval, tol)) return Verdict::kConflict;
  const bool equal = SameBounds(a.interval, b.interval);
  if (!a.exact() || !b.exact()) {
    if (a.exact() != b.exact()) return Verdict::kHedgeOneSided;
    return equal && Family(a.qualifier) == Family(b.qualifier) ? Verdict::kAgree
                                                               : Verdict::kHedgeBounds;
  }
  if (equal) return Verdict::kAgree;
  if (a.granularity != b.granularity) {
    const Figure& coarse = a.granularity > b.granularity ? a : b;
    const Figure& fine = a.granularity > b.granularity ? b : a;
    if (coarse.interval.low <= fine.interval.low && fine.interval.high <= coarse.interval.high) {
      return Verdict::kPrecisionMismatch;
    }
  }
  // Within the date tolerance on both ends counts as the same days.
  const double allowed = tol.absolute;
  if (std::fabs(a.interval.low - b.interval.low) <= allowed &&
      std::fabs(a.interval.high - b.interval.high) <= allowed) {
    return Verdict::kAgree;
  }
  return Verdict::kConflict;
}

}  // namespace

bool IsHedge(Verdict v) {
  return v == Verdict::kHedgeOneSided || v == Verdict::kHedgeBounds;
}

bool Compatible(const Interval& a, const Interval& b, const Tolerance& tol) {
  if (a.Overlaps(b)) return true;
  const bool a_below = a.high <= b.low;
  const double lo = a_below ? a.high : b.high;  // the lower interval's top
  const double hi = a_below ? b.low : a.low;    // the upper interval's bottom
  const double allowed =
      std::max(tol.absolute, tol.relative * std::max(std::fabs(lo), std::fabs(hi)));
  return allowed > 0 && hi - lo <= allowed;
}

Verdict Judge(const Figure& a, const Figure& b, const Tolerance& tol) {
  if (a.measure == Measure::kDate) return JudgeDate(a, b, tol);
  return JudgeQuantity(a, b, tol);
}

}  // namespace figcheck::compare
