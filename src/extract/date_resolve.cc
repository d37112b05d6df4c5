#include "extract/date_resolve.h"

#include <string>

#include "extract/hijri.h"

namespace figcheck::extract {
namespace {

// One date placed on the calendar, or why it could not be.
struct Placed {
  DayRange range;
  bool relative = false;
  const char* unresolved = nullptr;
  std::string hijri;  // HijriText of a Hijri date
};

// The Gregorian days of year/month/day (month, day 0: the whole unit) in
// the date's calendar, or nullopt when there is no such day.
std::optional<DayRange> RangeIn(const DateParts& p, int year, std::string_view hijri_cal) {
  if (p.calendar == Calendar::kGregorian) {
    if (p.day > 0) {
      const CivilDate d{year, p.month, p.day};
      return d.IsValid() ? std::optional<DayRange>(DayRange{d, d}) : std::nullopt;
    }
    return p.month > 0 ? MonthRange(year, p.month) : YearRange(year);
  }
  const int month = p.month > 0 ? p.month : 1;
  const auto first = HijriToGregorian(hijri_cal, {year, month, p.day > 0 ? p.day : 1});
  if (!first) return std::nullopt;
  if (p.day > 0) return DayRange{*first, *first};
  if (p.month > 0) {
    const int len = HijriMonthLength(hijri_cal, year, month);
    return len > 0 ? std::optional<DayRange>(DayRange{*first, first->AddDays(len - 1)})
                   : std::nullopt;
  }
  const auto next = HijriToGregorian(hijri_cal, {year + 1, 1, 1});
  if (!next) return std::nullopt;
  return DayRange{*first, next->AddDays(-1)};
}

// The year a date without one is given: the anchor's year in the date's
// calendar, moved per the shift and the yearless policy.
std::optional<int> YearFromAnchor(const DateParts& p, const DateEnv& env) {
  const CivilDate& a = *env.anchor;
  int anchor_year = a.year;
  if (p.calendar == Calendar::kHijri) {
    const auto h = GregorianToHijri(env.hijri_calendar, a);
    if (!h) return std::nullopt;
    anchor_year = h->year;
  }
  if (p.year_shift) return anchor_year + *p.year_shift;
  YearRule rule = env.yearless_nearest ? YearRule::kNearest : YearRule::kSameYear;
  if (p.not_after) rule = YearRule::kNotAfter;
  if (p.shift) {
    rule = *p.shift < 0 ? YearRule::kLast : *p.shift > 0 ? YearRule::kNext : YearRule::kThis;
  }
  return PickYear(anchor_year, a, rule,
                  [&](int y) { return RangeIn(p, y, env.hijri_calendar); });
}

// Whether the day exists in some year (29 February does, 30 February not).
bool CouldExist(const DateParts& p) {
  if (p.day == 0) return true;
  if (p.calendar == Calendar::kHijri) return p.day <= 30;
  return p.day <= DaysInMonth(2000, p.month);
}

std::optional<Placed> Place(const DateParts& p_in, const DateEnv& env) {
  Placed out;
  DateParts p = p_in;
  if (p.month_shift) {  // "الـ27 من الشهر الجاري"
    if (!env.anchor) {
      out.unresolved = kUnresolvedRelative;
      return out;
    }
    const int m = env.anchor->year * 12 + (env.anchor->month - 1) + *p.month_shift;
    p.year = m / 12;
    p.month = m % 12 + 1;
    out.relative = true;
  }
  int year = p.year;
  if (year == 0) {
    if (!CouldExist(p)) return std::nullopt;
    if (!env.anchor) {
      out.unresolved = p.shift || p.year_shift ? kUnresolvedRelative : kUnresolvedYearless;
      if (p.calendar == Calendar::kHijri) out.hijri = HijriText(0, p.month, p.day);
      return out;
    }
    const std::optional<int> y = YearFromAnchor(p, env);
    if (!y) return std::nullopt;
    year = *y;
    out.relative = true;
  }
  const std::optional<DayRange> r = RangeIn(p, year, env.hijri_calendar);
  if (!r) return std::nullopt;
  out.range = *r;
  if (p.calendar == Calendar::kHijri) out.hijri = HijriText(year, p.month, p.day);
  return out;
}

DateGranularity GranularityOf(const DateParts& p) {
  if (p.day > 0) return DateGranularity::kDay;
  return HasMonth(p) ? DateGranularity::kMonth : DateGranularity::kYear;
}

}  // namespace

std::optional<DateValue> ResolveDate(const DateParts& first_in, const DateParts& last,
                                     const DateEnv& env) {
  DateParts first = first_in;
  std::optional<Placed> a = Place(first, env);
  const std::optional<Placed> b = Place(last, env);
  if (!a || !b) return std::nullopt;
  // "28 December - 2 January 2025": the start is in the year before.
  if (!a->unresolved && !b->unresolved && b->range.to < a->range.from && first.year_borrowed) {
    --first.year;
    a = Place(first, env);
    if (!a) return std::nullopt;
  }
  DateValue v;
  v.calendar = first.calendar;
  v.granularity = GranularityOf(first);
  v.relative = a->relative || b->relative;
  if (v.relative) v.anchor = env.anchor;
  v.hijri = a->hijri;
  if (b->hijri != a->hijri) v.hijri += "/" + b->hijri;
  if (a->unresolved || b->unresolved) {
    v.unresolved = a->unresolved ? a->unresolved : b->unresolved;
    return v;
  }
  if (b->range.to < a->range.from) return std::nullopt;
  v.from = a->range.from;
  v.to = b->range.to;
  return v;
}

int RangeDays(const DateParts& first, const DateParts& last, const DateValue& v) {
  if (first.day == 0 || last.day == 0) return 0;
  if (v.resolved()) return static_cast<int>(v.to.ToDays() - v.from.ToDays()) + 1;
  if (first.month == last.month && last.day >= first.day) return last.day - first.day + 1;
  return 0;
}

}  // namespace figcheck::extract
