#include "extract/hedge.h"

#include <algorithm>
#include <cmath>

namespace figcheck::extract {

std::optional<Hedge> HedgeFromName(std::string_view name) {
  if (name == "approx") return Hedge::kApprox;
  if (name == "near") return Hedge::kNear;
  if (name == "more_than") return Hedge::kMoreThan;
  if (name == "at_least") return Hedge::kAtLeast;
  if (name == "less_than") return Hedge::kLessThan;
  if (name == "at_most") return Hedge::kAtMost;
  return std::nullopt;
}

Qualifier HedgeQualifier(Hedge h) {
  switch (h) {
    case Hedge::kNone: return Qualifier::kExact;
    case Hedge::kApprox:
    case Hedge::kNear: return Qualifier::kApprox;
    case Hedge::kMoreThan: return Qualifier::kMoreThan;
    case Hedge::kAtLeast: return Qualifier::kAtLeast;
    case Hedge::kLessThan: return Qualifier::kLessThan;
    case Hedge::kAtMost: return Qualifier::kAtMost;
  }
  return Qualifier::kExact;
}

Interval HedgeInterval(Hedge h, double v, const rulebook::Policy& policy) {
  const double a = std::fabs(v);
  // Lower end of an upper bound: never below zero for a non-negative figure.
  auto floor_of = [&](double low) { return v >= 0 ? std::max(0.0, low) : low; };
  switch (h) {
    case Hedge::kNone: return Interval::Point(v);
    case Hedge::kApprox:
      return {v - a * policy.approx_width, v + a * policy.approx_width, false, false};
    case Hedge::kNear: return {v - a * policy.near_width, v, false, true};
    case Hedge::kMoreThan: return {v, v + a * policy.open_bound_width, true, false};
    case Hedge::kAtLeast: return {v, v + a * policy.open_bound_width, false, false};
    case Hedge::kLessThan: return {floor_of(v - a * policy.open_bound_width), v, false, true};
    case Hedge::kAtMost: return {floor_of(v - a * policy.open_bound_width), v, false, false};
  }
  return Interval::Point(v);
}

bool ApplyHedgeTo(Hedge h, const rulebook::Policy& policy, Mention* m) {
  if (h == Hedge::kNone || m->qualifier == Qualifier::kVague) return false;
  if (m->qualifier == Qualifier::kRange || !m->value) {
    if (h != Hedge::kApprox) return false;
    Interval& iv = m->interval;
    iv.low -= std::fabs(iv.low) * policy.approx_width;
    iv.high += std::fabs(iv.high) * policy.approx_width;
    m->qualifier = Qualifier::kApprox;
    return true;
  }
  m->interval = HedgeInterval(h, *m->value, policy);
  m->qualifier = HedgeQualifier(h);
  return true;
}

}  // namespace figcheck::extract
