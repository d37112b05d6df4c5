// Dates counted from the document date: "أمس", "last week", "العام الماضي",
// a bare weekday ("الخميس"), and the year of a date written without one.
//
// Policy (documented in docs/dates.md):
//   - A unit with a shift is the calendar unit holding the document date,
//     moved by the shift: "الشهر الماضي" on 2024-09-17 is August 2024, "last
//     week" the week before the one holding the date (weeks begin on the
//     language's week_start).
//   - A weekday with no shift is the most recent such day on or before the
//     document date; after a future cue ("من المقرر", "will") the first on
//     or after it. "Last Tuesday" is the latest strictly before, "next
//     Tuesday" the first strictly after, "this Tuesday" the one in the
//     current week.
//   - A month or day without a year ("14 سبتمبر") takes the year that puts
//     it nearest the document date (policy `yearless: nearest`), or the
//     document's year (`same_year`). With a shift, "سبتمبر الماضي" is the
//     latest September wholly before the document date, "سبتمبر المقبل" the
//     first wholly after, "سبتمبر الجاري" the one of the document's year;
//     after "منذ", "since", the latest that begins on or before it.
// With no document date nothing is guessed: the date is unresolved and says
// why.
#ifndef FIGCHECK_EXTRACT_RELATIVE_H_
#define FIGCHECK_EXTRACT_RELATIVE_H_

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "figcheck/date.h"
#include "figcheck/mention.h"

namespace figcheck::extract {

// Why a date could not be placed on the calendar (DateValue::unresolved).
inline constexpr const char* kUnresolvedRelative = "relative date and no document date";
inline constexpr const char* kUnresolvedYearless = "no year and no document date";
inline constexpr const char* kUnresolvedHijri = "Hijri date outside the calendar's range";

// What relative dates are resolved against.
struct DateEnv {
  std::optional<CivilDate> anchor;  // the document date
  std::string_view hijri_calendar;  // ICU calendar name (hijri.h)
  int week_start = 1;               // ISO weekday weeks begin on
  bool yearless_nearest = true;     // else: the document's year
  bool future = false;              // the sentence has a future cue
};

// An inclusive range of days.
struct DayRange {
  CivilDate from;
  CivilDate to;
};

DayRange MonthRange(int year, int month);
DayRange YearRange(int year);
// The week (7 days from env.week_start) holding `day`.
DayRange WeekRange(const CivilDate& day, int week_start);

// Days between a range and a day: 0 when it holds the day.
int64_t DistanceDays(const DayRange& r, const CivilDate& day);

// How a date written without a year takes one from the anchor.
enum class YearRule {
  kNearest,   // the occurrence nearest the anchor (policy `yearless: nearest`)
  kSameYear,  // the anchor's year (policy `yearless: same_year`)
  kThis,      // "سبتمبر الجاري": the anchor's year
  kLast,      // "سبتمبر الماضي": the latest wholly before the anchor
  kNext,      // "سبتمبر المقبل": the first wholly after it
  kNotAfter,  // "منذ أغسطس", "since August": the latest beginning on or before it
};

// The year (of whatever calendar `range_of` counts in) for a date written
// without one, around `anchor_year`, by `rule`. Returns nullopt when
// `range_of` yields no range for any candidate year.
std::optional<int> PickYear(int anchor_year, const CivilDate& anchor, YearRule rule,
                            const std::function<std::optional<DayRange>(int)>& range_of);

// A date named only relative to the document date.
struct RelativeRef {
  enum class Unit { kDay, kWeek, kMonth, kYear, kWeekday };
  Unit unit = Unit::kDay;
  int offset = 0;               // days for kDay; units for the others
  std::optional<int> shift;     // kWeekday: last (-1), this (0), next (+1)
  int weekday = 0;              // kWeekday: ISO weekday
};

// Resolves `ref` against env.anchor; unresolved (with the reason) when
// there is no anchor.
DateValue ResolveRelative(const RelativeRef& ref, const DateEnv& env);

}  // namespace figcheck::extract

#endif  // FIGCHECK_EXTRACT_RELATIVE_H_
