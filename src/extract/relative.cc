#include "extract/relative.h"

#include <limits>

namespace figcheck::extract {

DayRange MonthRange(int year, int month) {
  return {CivilDate{year, month, 1}, CivilDate{year, month, DaysInMonth(year, month)}};
}

DayRange YearRange(int year) { return {CivilDate{year, 1, 1}, CivilDate{year, 12, 31}}; }

DayRange WeekRange(const CivilDate& day, int week_start) {
  const int back = (day.Weekday() - week_start + 7) % 7;
  const CivilDate first = day.AddDays(-back);
  return {first, first.AddDays(6)};
}

int64_t DistanceDays(const DayRange& r, const CivilDate& day) {
  if (day < r.from) return r.from.ToDays() - day.ToDays();
  if (r.to < day) return day.ToDays() - r.to.ToDays();
  return 0;
}

std::optional<int> PickYear(int anchor_year, const CivilDate& anchor, YearRule rule,
                            const std::function<std::optional<DayRange>(int)>& range_of) {
  if (rule == YearRule::kThis || rule == YearRule::kSameYear) {
    return range_of(anchor_year) ? std::optional<int>(anchor_year) : std::nullopt;
  }
  std::optional<int> best;
  int64_t best_distance = std::numeric_limits<int64_t>::max();
  // Two years either side: "14 سبتمبر الماضي" written on 2024-09-10 is 2023,
  // and "29 February" needs a leap year. Years ascend, so the last match of
  // a "latest" rule and the first of kNext win.
  for (int y = anchor_year - 2; y <= anchor_year + 2; ++y) {
    const std::optional<DayRange> r = range_of(y);
    if (!r) continue;
    switch (rule) {
      case YearRule::kNearest:
        if (const int64_t d = DistanceDays(*r, anchor); d < best_distance) {
          best = y;
          best_distance = d;
        }
        break;
      case YearRule::kLast:
        if (r->to < anchor) best = y;
        break;
      case YearRule::kNotAfter:
        if (r->from <= anchor) best = y;
        break;
      case YearRule::kNext:
        if (anchor < r->from && !best) best = y;
        break;
      default:
        break;
    }
  }
  return best;
}

namespace {

// The weekday `wd` near `anchor`, per the policy in the header.
CivilDate WeekdayNear(const CivilDate& anchor, int wd, std::optional<int> shift, bool future,
                      int week_start) {
  const int today = anchor.Weekday();
  const int back = (today - wd + 7) % 7;     // days back to the latest on or before
  const int ahead = (wd - today + 7) % 7;    // days on to the first on or after
  if (!shift) return future ? anchor.AddDays(ahead) : anchor.AddDays(-back);
  if (*shift < 0) return anchor.AddDays(back == 0 ? -7 : -back);
  if (*shift > 0) return anchor.AddDays(ahead == 0 ? 7 : ahead);
  const DayRange week = WeekRange(anchor, week_start);
  return week.from.AddDays((wd - week_start + 7) % 7);
}

}  // namespace

DateValue ResolveRelative(const RelativeRef& ref, const DateEnv& env) {
  DateValue v;
  v.weekday = ref.unit == RelativeRef::Unit::kWeekday ? ref.weekday : 0;
  v.granularity = ref.unit == RelativeRef::Unit::kMonth  ? DateGranularity::kMonth
                  : ref.unit == RelativeRef::Unit::kYear ? DateGranularity::kYear
                                                         : DateGranularity::kDay;
  if (!env.anchor) {
    v.unresolved = kUnresolvedRelative;
    return v;
  }
  const CivilDate& a = *env.anchor;
  DayRange r{a, a};
  switch (ref.unit) {
    case RelativeRef::Unit::kDay:
      r = {a.AddDays(ref.offset), a.AddDays(ref.offset)};
      break;
    case RelativeRef::Unit::kWeek: {
      const DayRange w = WeekRange(a, env.week_start);
      r = {w.from.AddDays(7 * ref.offset), w.to.AddDays(7 * ref.offset)};
      break;
    }
    case RelativeRef::Unit::kMonth: {
      const int m = a.year * 12 + (a.month - 1) + ref.offset;
      r = MonthRange(m / 12, m % 12 + 1);
      break;
    }
    case RelativeRef::Unit::kYear:
      r = YearRange(a.year + ref.offset);
      break;
    case RelativeRef::Unit::kWeekday: {
      const CivilDate d = WeekdayNear(a, ref.weekday, ref.shift, env.future, env.week_start);
      r = {d, d};
      break;
    }
  }
  v.from = r.from;
  v.to = r.to;
  v.relative = true;
  v.anchor = a;
  return v;
}

}  // namespace figcheck::extract
