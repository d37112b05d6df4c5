// Places calendar phrases on the Gregorian calendar: Hijri dates through
// ICU, dates without a year through the document date (relative.h).
#ifndef FIGCHECK_EXTRACT_DATE_RESOLVE_H_
#define FIGCHECK_EXTRACT_DATE_RESOLVE_H_

#include <optional>

#include "extract/date_parts.h"
#include "extract/relative.h"
#include "figcheck/mention.h"

namespace figcheck::extract {

// The value of the date (or range) from `first` to `last`. Returns nullopt
// when the text names no real day ("31 فبراير", day 30 of a 29-day Hijri
// month, a range that ends before it begins): such a phrase is not a date.
// A date that needs the document date and has none comes back unresolved.
std::optional<DateValue> ResolveDate(const DateParts& first, const DateParts& last,
                                     const DateEnv& env);

// The length in days of a resolved day range, or of an unresolved one
// within one month ("14 - 15 سبتمبر الجاري" is two days either way); 0 when
// unknown or not a day range.
int RangeDays(const DateParts& first, const DateParts& last, const DateValue& v);

}  // namespace figcheck::extract

#endif  // FIGCHECK_EXTRACT_DATE_RESOLVE_H_
