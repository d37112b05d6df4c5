#include "extract/duration.h"

#include <algorithm>
#include <cmath>

namespace figcheck::extract {
namespace {

constexpr int kDurationPriority = 20;

std::optional<DurationUnit> UnitNamed(std::string_view s) {
  if (s == "minute") return DurationUnit::kMinute;
  if (s == "hour") return DurationUnit::kHour;
  if (s == "day") return DurationUnit::kDay;
  if (s == "week") return DurationUnit::kWeek;
  if (s == "month") return DurationUnit::kMonth;
  if (s == "year") return DurationUnit::kYear;
  return std::nullopt;
}

// Shortest and longest length of one unit in days.
std::pair<double, double> UnitDays(DurationUnit u) {
  switch (u) {
    case DurationUnit::kMinute: return {1.0 / 1440, 1.0 / 1440};
    case DurationUnit::kHour: return {1.0 / 24, 1.0 / 24};
    case DurationUnit::kDay: return {1, 1};
    case DurationUnit::kWeek: return {7, 7};
    case DurationUnit::kMonth: return {28, 31};
    case DurationUnit::kYear: return {365, 366};
  }
  return {1, 1};
}

}  // namespace

void SetDurationDays(const Interval& amount, DurationUnit unit, DurationValue* d) {
  const auto [low, high] = UnitDays(unit);
  d->days_low = std::isfinite(amount.low) ? std::max(0.0, amount.low * low) : 0;
  d->days_high = amount.high * high;
}

std::optional<Candidate> DurationReader::Read(size_t i) const {
  const text::TokenView& tv = ctx_.tokens;
  Candidate c;
  c.begin = i;
  c.priority = kDurationPriority;
  Mention& m = c.mention;
  std::optional<rulebook::PhraseMatch> unit;
  double low = 0, high = 0;
  if (auto dual = v_.At(DateLex::kDurationUnits, tv, i); dual && dual->entry->Has("count")) {
    unit = dual;  // "يومين", "عامين": the word is its own count
    low = high = dual->entry->Number("count");
  } else if (auto n = q_.ParseCardinal(tv, i)) {
    low = high = n->value;
    size_t k = n->end;
    // "3 إلى 5 أيام", "3 to 5 weeks"
    if (auto to = v_.At(DateLex::kDurationRanges, tv, k)) {
      if (auto n2 = q_.ParseCardinal(tv, to->end); n2 && n2->value > n->value) {
        high = n2->value;
        k = n2->end;
      }
    }
    if (tv.is_text(k, "-") && tv[k].glued && k + 1 < tv.size() && tv[k + 1].glued) ++k;  // "44-day"
    unit = v_.At(DateLex::kDurationUnits, tv, k);
    // A counted unit is written plainly: "5 اليوم" is "5 ... today".
    if (!unit || unit->entry->Has("count") || unit->clitic_len > 0) return std::nullopt;
    // "a 67-year-old veteran" is an age.
    const size_t after = tv.is_text(unit->end, "-") ? unit->end + 1 : unit->end;
    if (v_.At(DateLex::kDurationBlockers, tv, after)) return std::nullopt;
  } else {
    return std::nullopt;
  }
  const std::optional<DurationUnit> u = UnitNamed(unit->entry->Attr("unit"));
  if (!u) return std::nullopt;
  const double scale = unit->entry->Number("scale", 1);
  low *= scale;
  high *= scale;
  c.end = unit->end;
  m.kind = MentionKind::kDuration;
  m.unit = DurationUnitName(*u);
  DurationValue d;
  d.amount = low;
  d.unit = *u;
  if (high > low) {
    m.qualifier = Qualifier::kRange;
    m.interval = Interval{low, high, false, false};
  } else {
    m.value = low;
    m.interval = Interval::Point(low);
    c.begin = q_.ApplyHedge(ctx_, c.begin, &c.end, &m);
  }
  SetDurationDays(m.interval, *u, &d);
  m.duration = d;
  return c;
}

}  // namespace figcheck::extract
