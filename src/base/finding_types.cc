// The finding types: names, default severities, descriptions. The order is
// the order findings of one claim group are listed in.
#include "figcheck/finding.h"

namespace figcheck {

const std::vector<FindingType>& FindingTypes() {
  static const std::vector<FindingType> kTypes = {
      {"conflict", Severity::kError, "Two sources give figures that cannot both be true."},
      {"internal-conflict", Severity::kError,
       "One source gives figures for the same thing that cannot both be true."},
      {"part-exceeds-whole", Severity::kError,
       "A part (or the parts added up) is larger than the total that includes it."},
      {"date-arithmetic", Severity::kWarning,
       "A start plus a duration misses a stated end, or a weekday does not match its date."},
      {"hedge-mismatch", Severity::kWarning,
       "Compatible figures, but one source hedges where another is exact, or the bounds "
       "differ."},
      {"precision-mismatch", Severity::kNote,
       "Figures that agree only after rounding one to the other's precision."},
      {"update", Severity::kNote,
       "A cumulative figure that grew from an earlier source to a later one."},
      {"unresolved", Severity::kNote,
       "A relative date with no anchor, or a difference that needs a missing document date."},
      {"single-source", Severity::kNote, "A figure only one source gives."},
      {"agreement", Severity::kNone, "Sources that agree (reported only on request)."},
  };
  return kTypes;
}

Severity DefaultSeverity(std::string_view type) {
  for (const FindingType& t : FindingTypes()) {
    if (t.name == type) return t.default_severity;
  }
  return Severity::kNone;
}

}  // namespace figcheck
