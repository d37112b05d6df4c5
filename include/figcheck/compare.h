// Comparing claims: alignment, verdicts and findings (docs/compare.md).
//
// Compare() takes every source's metadata and every claim of a run and
// returns a Report: the claims in a canonical order with stable ids, the
// groups of claims that measure the same thing, and the findings. It is a
// pure function of its arguments: the same sources, claims and policy give
// the same report whatever order the claims arrive in, which is what lets a
// claims JSONL stream (render.h) be compared later with the same result.
//
// The policy is plain data. The YAML loader (rules/common/keys.yaml,
// .figcheck.yaml) fills it; a default-constructed policy is usable and
// documented field by field below.
#ifndef FIGCHECK_COMPARE_H_
#define FIGCHECK_COMPARE_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "figcheck/claim.h"
#include "figcheck/document.h"
#include "figcheck/finding.h"

namespace figcheck {

// How far apart two figures may be and still agree. Each bound of an
// interval is widened by max(absolute, relative * |bound|) before intervals
// are compared. Units: the key's unit; days for dates and durations.
struct Tolerance {
  double relative = 0;  // 0.05 = 5%; 0 for counts by default
  double absolute = 0;
  // An integer figure counts as rounded (so "40,000" may stand for 40,005)
  // only when its rounding unit (10^trailing zeros) is at least this; below
  // it, "50" is taken as an exact count and "54" conflicts with it.
  double rounding_min_unit = 100;
};

// The part a key plays in date arithmetic: start + duration = end, for keys
// that share KeySpec::event and a scope.
enum class EventRole { kNone, kStart, kEnd, kDuration };

// What the catalogue (rules/common/keys.yaml) says about one claim key.
struct KeySpec {
  std::string kind;  // "count", "date", "duration", "percent", "money"; "" =
                     // whatever the claims say
  std::string unit;  // the unit figures of this key are in, for messages
  // The figure only grows over time (a death toll): a larger figure in a
  // later source is an update, a smaller one a conflict.
  bool cumulative = false;
  // Keys this key is a part of: its figure may not exceed theirs, nor may
  // the parts of one whole, added up, within one source.
  std::vector<std::string> part_of;
  std::optional<Tolerance> tolerance;  // unset: the policy's default
  std::string event;                   // e.g. "war": start, duration and end keys share it
  EventRole role = EventRole::kNone;
  // Severity per finding type for this key; "*" covers every type but
  // "agreement".
  std::map<std::string, Severity, std::less<>> severity;
};

// The claim keys catalogue: key -> what is known about it.
using KeyCatalogue = std::map<std::string, KeySpec, std::less<>>;

// Everything Compare() decides by, with the documented defaults.
struct ComparePolicy {
  KeyCatalogue keys;
  // Default tolerance for keys without their own, by claim kind ("count",
  // "percent", ...); kinds not listed use `tolerance`.
  Tolerance tolerance;
  std::map<std::string, Tolerance, std::less<>> kind_tolerance = {
      {"percent", Tolerance{0, 0, 1}},
  };
  // Days two dates may differ by and still agree (0: the same days).
  int date_tolerance_days = 0;
  // Days a computed end (start + duration) may miss a stated end by: 1 by
  // default, because "from the 1st, for 10 days" ends on the 10th or the
  // 11th depending on whether the first day counts.
  int arithmetic_tolerance_days = 1;
  // Severity per finding type, over DefaultSeverity(); KeySpec::severity
  // overrides this per key. A finding whose severity resolves to kNone is
  // dropped.
  std::map<std::string, Severity, std::less<>> severity;
  // Report "agreement" findings (severity none) for groups that agree.
  bool include_agreements = false;

  // The key's catalogue entry, or nullptr.
  const KeySpec* FindKey(std::string_view key) const;
  // The tolerance for a key's claims of kind `kind`.
  Tolerance ToleranceFor(std::string_view key, std::string_view kind) const;
  // Severity of a finding of `type` about `key`: the key's entry for the
  // type, then its "*", then the policy's entry for the type, then the
  // default.
  Severity SeverityFor(std::string_view type, std::string_view key) const;
};

// Aligns and compares the claims of a run. `sources` are indexed by
// Claim::source; claims naming a source out of range are dropped with a
// Diagnostic. The returned report holds the claims sorted by (source, byte
// offset) with ids "<source>:<n>" (n from 1 in each source), groups sorted by
// (key, scope) with ids "G<n>", and findings sorted by (key, scope, type in
// FindingTypes() order, claims) with ids "F<n>".
Report Compare(std::vector<DocumentInfo> sources, std::vector<Claim> claims,
               const ComparePolicy& policy);

}  // namespace figcheck

#endif  // FIGCHECK_COMPARE_H_
