#include "base/figure_text.h"

#include <cctype>
#include <cmath>
#include <cstdio>

namespace figcheck::base {
namespace {

// Thousands separators for the integer part of a "%.15g" rendering.
std::string GroupThousands(const std::string& digits) {
  std::string out;
  const size_t n = digits.size();
  for (size_t i = 0; i < n; ++i) {
    out.push_back(digits[i]);
    const size_t left = n - i - 1;
    if (left > 0 && left % 3 == 0) out.push_back(',');
  }
  return out;
}

const char* QualifierWords(Qualifier q) {
  switch (q) {
    case Qualifier::kApprox: return "about ";
    case Qualifier::kMoreThan: return "more than ";
    case Qualifier::kAtLeast: return "at least ";
    case Qualifier::kLessThan: return "less than ";
    case Qualifier::kAtMost: return "at most ";
    default: return "";
  }
}

std::string Range(const Interval& iv) {
  return FormatNumber(iv.low) + " to " + FormatNumber(iv.high);
}

std::string DescribeQuantity(const Mention& m, const std::string& unit) {
  std::string core;
  if (m.qualifier == Qualifier::kRange) {
    core = "between " + FormatNumber(m.interval.low) + " and " + FormatNumber(m.interval.high);
  } else if (m.qualifier == Qualifier::kVague) {
    core = "vaguely " + Range(m.interval);
  } else if (m.value) {
    core = QualifierWords(m.qualifier) + FormatNumber(*m.value);
  } else if (m.interval.is_point()) {
    core = QualifierWords(m.qualifier) + FormatNumber(m.interval.low);
  } else {
    core = Range(m.interval);
  }
  if (unit == "percent") return core + "%";
  if (unit == "pp") return core + " percentage points";
  if (unit.size() == 3 && std::isupper(static_cast<unsigned char>(unit[0]))) {
    return core + " " + unit;  // an ISO 4217 currency code
  }
  return core;
}

std::string DescribeDuration(const Mention& m) {
  const DurationValue& d = *m.duration;
  std::string unit = DurationUnitName(d.unit);
  if (d.amount != 1) unit += "s";
  return QualifierWords(m.qualifier) + FormatNumber(d.amount) + " " + unit;
}

}  // namespace

std::string FormatNumber(double v) {
  if (std::isnan(v)) return "NaN";
  if (std::isinf(v)) return v > 0 ? "infinity" : "-infinity";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.15g", v);
  std::string s = buf;
  if (s.find_first_of("eE") != std::string::npos) return s;
  const bool negative = !s.empty() && s[0] == '-';
  if (negative) s.erase(0, 1);
  const size_t dot = s.find('.');
  std::string whole = dot == std::string::npos ? s : s.substr(0, dot);
  std::string frac = dot == std::string::npos ? "" : s.substr(dot);
  std::string out = negative ? "-" : "";
  out += GroupThousands(whole);
  out += frac;
  return out;
}

std::string DescribeDate(const DateValue& d) {
  if (!d.resolved()) return "an unresolved date";
  switch (d.granularity) {
    case DateGranularity::kYear:
      if (d.from.year == d.to.year) return std::to_string(d.from.year);
      break;
    case DateGranularity::kMonth:
      if (d.from.year == d.to.year && d.from.month == d.to.month) {
        return d.from.ToIso().substr(0, 7);
      }
      break;
    case DateGranularity::kDay: break;
  }
  if (d.from == d.to) return d.from.ToIso();
  return d.from.ToIso() + " to " + d.to.ToIso();
}

std::string DescribeFigure(const Claim& c) {
  const Mention& m = c.figure;
  if (m.date) return QualifierWords(m.qualifier) + DescribeDate(*m.date);
  if (m.duration) return DescribeDuration(m);
  return DescribeQuantity(m, c.unit.empty() ? m.unit : c.unit);
}

std::string SourceLabel(const DocumentInfo& info) {
  const std::string& name = info.outlet.empty() ? info.source_name : info.outlet;
  return name + " (" + (info.date ? info.date->ToIso() : std::string("undated")) + ")";
}

}  // namespace figcheck::base
