// The rule book's key catalogue as the compare stage's plain-data policy.
// The compare module reads no YAML; this is the one place the two meet.
#include "checker/checker_impl.h"
#include "figcheck/compare.h"
#include "rulebook/keys.h"

namespace figcheck {
namespace {

EventRole RoleOf(rulebook::EventRole r) {
  switch (r) {
    case rulebook::EventRole::kStart: return EventRole::kStart;
    case rulebook::EventRole::kEnd: return EventRole::kEnd;
    case rulebook::EventRole::kDuration: return EventRole::kDuration;
    case rulebook::EventRole::kNone: break;
  }
  return EventRole::kNone;
}

}  // namespace

ComparePolicy Checker::MakeComparePolicy() const {
  ComparePolicy policy;
  for (const auto& [name, info] : impl_->book->keys().keys()) {
    KeySpec spec;
    spec.kind = rulebook::FigureKindName(info.kind);
    spec.unit = info.unit;
    spec.cumulative = info.cumulative;
    spec.part_of = info.part_of;
    spec.event = info.event;
    spec.role = RoleOf(info.role);
    if (info.tolerance > 0 || info.tolerance_abs > 0) {
      Tolerance t = policy.tolerance;
      t.relative = info.tolerance;
      t.absolute = info.tolerance_abs;
      spec.tolerance = t;
    }
    policy.keys.emplace(name, std::move(spec));
  }
  return policy;
}

}  // namespace figcheck
