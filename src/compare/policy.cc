// ComparePolicy lookups (docs/compare.md, "Configuration").
#include "figcheck/compare.h"

namespace figcheck {

const KeySpec* ComparePolicy::FindKey(std::string_view key) const {
  auto it = keys.find(key);
  return it == keys.end() ? nullptr : &it->second;
}

Tolerance ComparePolicy::ToleranceFor(std::string_view key, std::string_view kind) const {
  if (const KeySpec* spec = FindKey(key); spec != nullptr && spec->tolerance) {
    return *spec->tolerance;
  }
  const KeySpec* spec = FindKey(key);
  const std::string_view k = spec != nullptr && !spec->kind.empty() ? spec->kind : kind;
  auto it = kind_tolerance.find(k);
  return it == kind_tolerance.end() ? tolerance : it->second;
}

Severity ComparePolicy::SeverityFor(std::string_view type, std::string_view key) const {
  if (const KeySpec* spec = FindKey(key)) {
    if (auto it = spec->severity.find(type); it != spec->severity.end()) return it->second;
    if (auto it = spec->severity.find("*"); it != spec->severity.end() && type != "agreement") {
      return it->second;
    }
  }
  if (auto it = severity.find(type); it != severity.end()) return it->second;
  return DefaultSeverity(type);
}

}  // namespace figcheck
