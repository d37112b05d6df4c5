#include "compare/figure.h"

#include <cmath>
#include <cstdio>

namespace figcheck::compare {

std::optional<Figure> FigureOf(const Claim& c) {
  const Mention& m = c.figure;
  Figure f;
  f.qualifier = m.qualifier;
  if (m.date) {
    if (!m.date->resolved()) return std::nullopt;
    f.measure = Measure::kDate;
    // A range of days ("14-15 September", qualifier range) is the dates
    // themselves, not a hedge around one: it compares as exact.
    if (f.qualifier == Qualifier::kRange) f.qualifier = Qualifier::kExact;
    f.granularity = m.date->granularity;
    f.interval = {static_cast<double>(m.date->from.ToDays()),
                  static_cast<double>(m.date->to.ToDays()), false, false};
    return f;
  }
  if (c.kind == "date") return std::nullopt;
  if (m.duration) {
    f.measure = Measure::kDuration;
    // days_low/high already hold the qualifier's widening; the openness of
    // the bounds is the mention's.
    f.interval = {m.duration->days_low, m.duration->days_high, m.interval.low_open,
                  m.interval.high_open};
    if (f.interval.is_point()) f.value = f.interval.low;
    return f;
  }
  f.interval = m.interval;
  f.value = m.value;
  if (!f.value && m.qualifier == Qualifier::kExact && m.interval.is_point()) {
    f.value = m.interval.low;
  }
  f.unit = c.unit.empty() ? m.unit : c.unit;
  return f;
}

std::string Signature(const Claim& c) {
  const Mention& m = c.figure;
  char buf[160];
  std::snprintf(buf, sizeof buf, "%d|%.17g|%.17g|%d%d|%d%.17g", static_cast<int>(m.qualifier),
                m.interval.low, m.interval.high, m.interval.low_open, m.interval.high_open,
                m.value.has_value(), m.value.value_or(0));
  std::string sig = buf;
  sig += '|' + (c.unit.empty() ? m.unit : c.unit);
  if (m.date) {
    sig += "|d" + m.date->from.ToIso() + m.date->to.ToIso() +
           std::to_string(static_cast<int>(m.date->granularity)) + m.date->unresolved;
  }
  if (m.duration) {
    std::snprintf(buf, sizeof buf, "|u%.17g|%.17g", m.duration->days_low, m.duration->days_high);
    sig += buf;
  }
  return sig;
}

double RoundingUnit(double v) {
  v = std::fabs(v);
  if (v == 0 || !std::isfinite(v)) return 1;
  if (v == std::floor(v) && v < 9e15) {
    double unit = 1;
    while (std::fmod(v, unit * 10) == 0) unit *= 10;
    return unit;
  }
  double unit = 1;
  for (int d = 1; d <= 9; ++d) {
    unit /= 10;
    const double scaled = v / unit;
    if (std::fabs(scaled - std::round(scaled)) < 1e-6) return unit;
  }
  return unit;
}

}  // namespace figcheck::compare
