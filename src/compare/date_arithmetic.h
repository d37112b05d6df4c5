// Date arithmetic: figures that must add up.
//
// Events. Keys that share a catalogue `event` (e.g. "war") and a scope play
// roles: start (a date), duration, end (a date). For every stated start,
// duration and end of one event, in any sources, start + duration must
// reach the end within policy.arithmetic_tolerance_days; a start after an
// end is reported even without a duration.
//
// Weekdays. A single day stated with its weekday ("Tuesday 17 September")
// must fall on that weekday.
#ifndef FIGCHECK_COMPARE_DATE_ARITHMETIC_H_
#define FIGCHECK_COMPARE_DATE_ARITHMETIC_H_

#include <vector>

#include "compare/context.h"

namespace figcheck::compare {

// Appends date-arithmetic findings (no id or severity yet) to *out.
void CheckDateArithmetic(const Context& ctx, std::vector<Finding>* out);

}  // namespace figcheck::compare

#endif  // FIGCHECK_COMPARE_DATE_ARITHMETIC_H_
