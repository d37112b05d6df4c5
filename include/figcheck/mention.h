// Mentions: the numbers, dates, durations and other figures found in a text,
// each with its value as an interval and the hedge that qualifies it.
//
// A mention is only what the text says ("about 50", "14-15 September",
// "44 days"); what it measures is a Claim (claim.h). Mentions are produced by
// the extractors in src/extract/ over a Document's normalized view and point
// back at the document's source text.
#ifndef FIGCHECK_MENTION_H_
#define FIGCHECK_MENTION_H_

#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>

#include "figcheck/date.h"
#include "figcheck/document.h"

namespace figcheck {

enum class MentionKind {
  kNumber,      // a cardinal quantity: "50", "forty thousand", "40 ألف"
  kRange,       // "40-50", "between 40 and 50"
  kPercent,     // "12%", "12 percent", "12 percentage points" (unit "pp")
  kFraction,    // "a third", "ثلث", "three quarters" (value in 0..1 or more)
  kMoney,       // "$3bn", "5 ملايين دولار" (unit: ISO 4217 code)
  kOrdinal,     // "15th", "الخامس عشر", "الـ15": never a count
  kYear,        // "2020" used as a year
  kTime,        // a time of day "13:22"
  kPhone,       // a telephone number
  kListMarker,  // "1." or "2)" opening a list item
  kDate,        // a day, days, month or year of the calendar (DateValue)
  kDuration,    // a length of time (DurationValue)
};

// Stable lower-case names used in every output format ("number", ...).
const char* MentionKindName(MentionKind kind);

// How the text bounds the figure.
enum class Qualifier {
  kExact,     // "50"
  kApprox,    // "about 50", "نحو 50"
  kMoreThan,  // "more than 50" (open lower bound)
  kAtLeast,   // "at least 50"
  kLessThan,  // "less than 50" (open upper bound)
  kAtMost,    // "up to 50", "at most 50"
  kRange,     // "40-50"
  kVague,     // "dozens", "hundreds of", "عشرات"
};

const char* QualifierName(Qualifier q);

// A closed, half-open or open interval of real numbers. Unbounded sides are
// +/- infinity. Width policies (how wide "about" is) are applied by the
// extractor from rules/common/policy.yaml, so the interval is final.
struct Interval {
  double low = 0;
  double high = 0;
  bool low_open = false;
  bool high_open = false;

  static Interval Point(double v) { return {v, v, false, false}; }
  bool bounded_low() const { return std::isfinite(low); }
  bool bounded_high() const { return std::isfinite(high); }
  bool is_point() const { return low == high && !low_open && !high_open; }
  // True when the two intervals share at least one number.
  bool Overlaps(const Interval& o) const;
  bool Contains(double v) const;
};

enum class Calendar { kGregorian, kHijri };
const char* CalendarName(Calendar c);

// How fine a date is.
enum class DateGranularity { kDay, kMonth, kYear };

// The value of a kDate mention: an interval of days [from, to] (inclusive),
// both Gregorian. A single day has from == to; "September 2024" is
// 2024-09-01..2024-09-30.
struct DateValue {
  CivilDate from;
  CivilDate to;
  DateGranularity granularity = DateGranularity::kDay;
  Calendar calendar = Calendar::kGregorian;
  std::string hijri;      // for Hijri dates: the date as written, "1446-03-12"
  int weekday = 0;        // ISO weekday stated in the text (1 = Monday), or 0
  bool relative = false;  // resolved from the document date
  std::optional<CivilDate> anchor;  // the document date it was resolved from
  std::string unresolved;  // non-empty: why the date could not be resolved
  bool ambiguous = false;  // numeric date valid as both d/m and m/d
  bool resolved() const { return unresolved.empty(); }
};

enum class DurationUnit { kMinute, kHour, kDay, kWeek, kMonth, kYear };
const char* DurationUnitName(DurationUnit u);

// The value of a kDuration mention. `amount` is in `unit`; days_low and
// days_high bound its length in days (a month is 28..31 days, a year
// 365..366), widened by the qualifier's interval.
struct DurationValue {
  double amount = 0;
  DurationUnit unit = DurationUnit::kDay;
  double days_low = 0;
  double days_high = 0;
};

// One figure found in a document.
struct Mention {
  MentionKind kind = MentionKind::kNumber;
  Span span;       // bytes of the document's source text (Document::text())
  Span norm_span;  // bytes of the document's normalized view
  uint32_t sentence = 0;  // index of the sentence holding it
  std::string lang;       // language of its paragraph ("ar", "en")

  // Numeric value for quantities (kNumber, kPercent, kFraction, kMoney,
  // kOrdinal, kYear; the amount for kDuration): the figure as written, before
  // hedges. Absent for ranges, vague quantities and dates.
  std::optional<double> value;
  Interval interval;  // what the text allows, hedges applied
  Qualifier qualifier = Qualifier::kExact;
  std::string unit;   // "percent", "pp", "USD", ... or empty

  std::optional<DateValue> date;          // kDate only
  std::optional<DurationValue> duration;  // kDuration only
};

}  // namespace figcheck

#endif  // FIGCHECK_MENTION_H_
