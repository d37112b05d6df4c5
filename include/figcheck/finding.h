// Findings: what comparing claims across sources concludes, and the report
// that holds sources, claims, aligned groups and findings together.
#ifndef FIGCHECK_FINDING_H_
#define FIGCHECK_FINDING_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "figcheck/claim.h"
#include "figcheck/document.h"

namespace figcheck {

enum class Severity { kNone = 0, kNote = 1, kWarning = 2, kError = 3 };
const char* SeverityName(Severity s);  // "note", "warning", "error", "none"
std::optional<Severity> ParseSeverity(const std::string& name);

// A finding type: its stable name, default severity, and what it means
// (one sentence, used by SARIF rule descriptions and docs/compare.md).
struct FindingType {
  const char* name;
  Severity default_severity;
  const char* description;
};

// Every finding type, in the order findings of one group are listed:
// conflict, internal-conflict, part-exceeds-whole, date-arithmetic,
// hedge-mismatch, precision-mismatch, update, unresolved, single-source,
// agreement.
const std::vector<FindingType>& FindingTypes();

// The type's default severity: conflict, internal-conflict and
// part-exceeds-whole are errors; hedge-mismatch and date-arithmetic
// warnings; precision-mismatch, update, unresolved and single-source notes;
// agreement and unknown types none.
Severity DefaultSeverity(std::string_view type);

// One conclusion about one or more claims. `type` is a stable name:
// conflict, hedge-mismatch, precision-mismatch, internal-conflict,
// part-exceeds-whole, date-arithmetic, update, single-source, unresolved,
// agreement (docs/compare.md describes each).
struct Finding {
  std::string id;    // stable within a report: "F<n>", numbered in sorted order
  std::string type;
  Severity severity = Severity::kNote;
  std::string key;    // the claim key (for part/whole: the part's key)
  std::string scope;  // the group's scope ("" when the claims have none)
  std::vector<uint32_t> claims;  // indexes into Report::claims, ascending
  std::string message;           // one sentence, for people
  // Set by ApplyBaseline (render.h) for a finding the baseline accepts: still
  // in the report (JSON and SARIF show it as suppressed) but it neither
  // prints in the text formats nor counts for MaxSeverity.
  bool suppressed = false;
};

// Claims that measure the same thing (same key, compatible scope; the
// alignment rule is in docs/compare.md).
struct ClaimGroup {
  std::string id;     // stable within a report: "G<n>", in (key, scope) order
  std::string key;
  std::string scope;  // the group's scope: claims without one may join it
  std::vector<uint32_t> claims;   // indexes into Report::claims, ascending
  std::vector<uint32_t> part_of;  // indexes into Report::groups: the wholes
                                  // this group is a part of (keys catalogue)
};

// A problem in an input that did not stop the run (a document with no text,
// an undecodable line in a JSONL stream that was skipped by request, ...).
struct Diagnostic {
  Severity severity = Severity::kWarning;
  std::string source_name;
  uint32_t line = 0;
  uint32_t column = 0;
  std::string message;
};

// Everything a renderer needs. Sources are indexed by Claim::source.
struct Report {
  std::vector<DocumentInfo> sources;
  std::vector<Claim> claims;
  std::vector<ClaimGroup> groups;
  std::vector<Finding> findings;
  std::vector<Diagnostic> diagnostics;

  // Highest severity among the findings that are not suppressed (kNone when
  // there are none).
  Severity MaxSeverity() const;
};

// True when the finding involves a claim of one of `sources` (every finding
// does when `sources` is empty). Check mode passes the drafts' indexes.
bool InvolvesSources(const Report& report, const Finding& finding,
                     const std::vector<uint32_t>& sources);

// Highest severity among unsuppressed findings involving `sources` (all
// findings when empty): what --fail-on compares against.
Severity HighestSeverity(const Report& report, const std::vector<uint32_t>& sources = {});

}  // namespace figcheck

#endif  // FIGCHECK_FINDING_H_
