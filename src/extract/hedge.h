// Hedges: how "about", "more than", "nearly" turn a figure into an interval.
//
// A hedge word names one of six bounds; the policy (rules/common/policy.yaml,
// rulebook::Policy) says how wide each is, so newsrooms can disagree with
// our defaults without recompiling. For a figure v, with widths w (approx),
// n (near) and o (open bound):
//   approx     [v - |v|w, v + |v|w]        "about 50"       -> [45, 55]
//   near       [v - |v|n, v)               "nearly 50"      -> [45, 50)
//   more_than  (v, v + |v|o]               "more than 50"   -> (50, 100]
//   at_least   [v, v + |v|o]               "at least 50"    -> [50, 100]
//   less_than  [max(0, v - |v|o), v)       "less than 50"   -> [0, 50)
//   at_most    [max(0, v - |v|o), v]       "up to 50"       -> [0, 50]
// The floor at 0 applies to non-negative figures only: "less than -2%" is
// below -2, not above 0. An open side is bounded by the policy rather than
// left infinite because a claim "more than 40,000" should not be reported as
// compatible with a claim of four million.
// "near" has no qualifier of its own in the public API: it is reported as
// kApprox with its one-sided interval.
#ifndef FIGCHECK_EXTRACT_HEDGE_H_
#define FIGCHECK_EXTRACT_HEDGE_H_

#include <optional>
#include <string_view>

#include "figcheck/mention.h"
#include "rulebook/rule_book.h"

namespace figcheck::extract {

enum class Hedge : uint8_t { kNone, kApprox, kNear, kMoreThan, kAtLeast, kLessThan, kAtMost };

// The hedge named in a rule file ("approx", "near", "more_than", ...).
std::optional<Hedge> HedgeFromName(std::string_view name);

Qualifier HedgeQualifier(Hedge h);

// The interval the hedge allows around v.
Interval HedgeInterval(Hedge h, double v, const rulebook::Policy& policy);

// Applies a hedge to a mention: a point figure (m->value) gets
// HedgeInterval; a range is widened by "about" on both ends and left alone
// by the other hedges, which do not fit a range. Vague quantities keep their
// lexicon bounds. Returns false when the hedge did not apply.
bool ApplyHedgeTo(Hedge h, const rulebook::Policy& policy, Mention* m);

}  // namespace figcheck::extract

#endif  // FIGCHECK_EXTRACT_HEDGE_H_
