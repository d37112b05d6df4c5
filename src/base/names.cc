// Stable names of the public enums, as every output format prints them.
#include "figcheck/finding.h"
#include "figcheck/mention.h"

namespace figcheck {

const char* DateOriginName(DateOrigin origin) {
  switch (origin) {
    case DateOrigin::kNone: return "none";
    case DateOrigin::kFrontMatter: return "front-matter";
    case DateOrigin::kFlag: return "flag";
    case DateOrigin::kJsonl: return "jsonl";
    case DateOrigin::kDateline: return "dateline";
  }
  return "none";
}

const char* MentionKindName(MentionKind kind) {
  switch (kind) {
    case MentionKind::kNumber: return "number";
    case MentionKind::kRange: return "range";
    case MentionKind::kPercent: return "percent";
    case MentionKind::kFraction: return "fraction";
    case MentionKind::kMoney: return "money";
    case MentionKind::kOrdinal: return "ordinal";
    case MentionKind::kYear: return "year";
    case MentionKind::kTime: return "time";
    case MentionKind::kPhone: return "phone";
    case MentionKind::kListMarker: return "list_marker";
    case MentionKind::kDate: return "date";
    case MentionKind::kDuration: return "duration";
  }
  return "number";
}

const char* QualifierName(Qualifier q) {
  switch (q) {
    case Qualifier::kExact: return "exact";
    case Qualifier::kApprox: return "approx";
    case Qualifier::kMoreThan: return "more_than";
    case Qualifier::kAtLeast: return "at_least";
    case Qualifier::kLessThan: return "less_than";
    case Qualifier::kAtMost: return "at_most";
    case Qualifier::kRange: return "range";
    case Qualifier::kVague: return "vague";
  }
  return "exact";
}

const char* CalendarName(Calendar c) { return c == Calendar::kHijri ? "hijri" : "gregorian"; }

const char* DurationUnitName(DurationUnit u) {
  switch (u) {
    case DurationUnit::kMinute: return "minute";
    case DurationUnit::kHour: return "hour";
    case DurationUnit::kDay: return "day";
    case DurationUnit::kWeek: return "week";
    case DurationUnit::kMonth: return "month";
    case DurationUnit::kYear: return "year";
  }
  return "day";
}

const char* SeverityName(Severity s) {
  switch (s) {
    case Severity::kNone: return "none";
    case Severity::kNote: return "note";
    case Severity::kWarning: return "warning";
    case Severity::kError: return "error";
  }
  return "none";
}

std::optional<Severity> ParseSeverity(const std::string& name) {
  if (name == "note") return Severity::kNote;
  if (name == "warning") return Severity::kWarning;
  if (name == "error") return Severity::kError;
  if (name == "none") return Severity::kNone;
  return std::nullopt;
}

Severity Report::MaxSeverity() const {
  Severity m = Severity::kNone;
  for (const Finding& f : findings) {
    if (!f.suppressed && f.severity > m) m = f.severity;
  }
  return m;
}

bool Interval::Overlaps(const Interval& o) const {
  if (high < o.low || o.high < low) return false;
  if (high == o.low && (high_open || o.low_open)) return false;
  if (o.high == low && (o.high_open || low_open)) return false;
  return true;
}

bool Interval::Contains(double v) const {
  if (v < low || v > high) return false;
  if (v == low && low_open) return false;
  if (v == high && high_open) return false;
  return true;
}

}  // namespace figcheck
