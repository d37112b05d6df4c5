// The verdict on two figures of one claim group (docs/compare.md, "Tolerance
// model"). Symmetric: Judge(a, b) == Judge(b, a).
//
//   quantities and durations
//     disjoint beyond tolerance                 -> conflict, unless both are
//                                                  exact points that agree
//                                                  after rounding -> precision
//     both exact points, within tolerance       -> agree
//     both exact, equal intervals               -> agree
//     both exact, overlapping intervals         -> precision ("a month" vs
//                                                  "30 days")
//     one exact, one hedged                     -> hedge (one hedges)
//     both hedged, same family, same anchor     -> agree ("more than 40,000"
//                                                  twice)
//     both hedged otherwise                     -> hedge (different bounds)
//   dates (intervals of days)
//     disjoint beyond tolerance                 -> conflict
//     equal                                     -> agree (hedge if only one
//                                                  is qualified)
//     one qualified ("before", "about")          -> hedge
//     different granularity, coarse holds fine  -> precision ("September
//                                                  2024" vs "14 September")
//     otherwise                                 -> conflict (14-15 vs 13-15)
#ifndef FIGCHECK_COMPARE_VERDICT_H_
#define FIGCHECK_COMPARE_VERDICT_H_

#include "compare/figure.h"
#include "figcheck/compare.h"

namespace figcheck::compare {

enum class Verdict {
  kAgree,
  kConflict,
  kHedgeOneSided,      // compatible; one hedges, the other is exact
  kHedgeBounds,        // compatible; both hedge, with different bounds
  kPrecisionMismatch,  // compatible only through rounding or granularity
};

bool IsHedge(Verdict v);

// True when the intervals overlap or the gap between them is within the
// tolerance (measured against the larger of the two facing bounds).
bool Compatible(const Interval& a, const Interval& b, const Tolerance& tol);

Verdict Judge(const Figure& a, const Figure& b, const Tolerance& tol);

}  // namespace figcheck::compare

#endif  // FIGCHECK_COMPARE_VERDICT_H_
