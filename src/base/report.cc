// Queries on a Report that every consumer (renderers, the command line)
// shares, so "which findings count" is decided in one place.
#include <algorithm>

#include "figcheck/finding.h"

namespace figcheck {

bool InvolvesSources(const Report& report, const Finding& finding,
                     const std::vector<uint32_t>& sources) {
  if (sources.empty()) return true;
  for (uint32_t c : finding.claims) {
    if (c >= report.claims.size()) continue;
    const uint32_t s = report.claims[c].source;
    if (std::find(sources.begin(), sources.end(), s) != sources.end()) return true;
  }
  return false;
}

Severity HighestSeverity(const Report& report, const std::vector<uint32_t>& sources) {
  Severity m = Severity::kNone;
  for (const Finding& f : report.findings) {
    if (f.suppressed || f.severity <= m) continue;
    if (InvolvesSources(report, f, sources)) m = f.severity;
  }
  return m;
}

}  // namespace figcheck
