// Figure: one claim's value reduced to what comparison needs, an interval
// on one axis (the number itself, days since 1970-01-01 for dates, days for
// durations) plus the qualifier and the precision it was stated with.
#ifndef FIGCHECK_COMPARE_FIGURE_H_
#define FIGCHECK_COMPARE_FIGURE_H_

#include <optional>
#include <string>

#include "figcheck/claim.h"

namespace figcheck::compare {

enum class Measure { kQuantity, kDate, kDuration };

struct Figure {
  Measure measure = Measure::kQuantity;
  Interval interval;  // see above for the axis
  Qualifier qualifier = Qualifier::kExact;
  std::optional<double> value;                          // quantities: the figure as written
  DateGranularity granularity = DateGranularity::kDay;  // dates only
  std::string unit;  // quantities: the claim's unit ("" = unstated)

  bool exact() const { return qualifier == Qualifier::kExact; }
};

// The claim's figure, or nullopt when it cannot be compared (a date that
// was never resolved, a date claim without a date value).
std::optional<Figure> FigureOf(const Claim& claim);

// A string equal for two claims exactly when their figures are identical:
// claims of one source with the same signature are one statement.
std::string Signature(const Claim& claim);

// The unit a figure was rounded to: 10^k for an integer with k trailing
// zeros (1 for 0), 10^-d for a number with d decimals (d <= 9).
double RoundingUnit(double v);

}  // namespace figcheck::compare

#endif  // FIGCHECK_COMPARE_FIGURE_H_
