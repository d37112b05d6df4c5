// Findings: what comparing claims across sources concludes, and the report
// that holds sources, claims, aligned groups and findings together.
#ifndef FIGCHECK_FINDING_H_
#define FIGCHECK_FINDING_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "figcheck/claim.h"
#include "figcheck/document.h"

namespace figcheck {

enum class Severity { kNone = 0, kNote = 1, kWarning = 2, kError = 3 };
const char* SeverityName(Severity s);  // "note", "warning", "error", "none"
std::optional<Severity> ParseSeverity(const std::string& name);

// One conclusion about one or more claims. `type` is a stable name:
// conflict, hedge-mismatch, precision-mismatch, internal-conflict,
// part-exceeds-whole, date-arithmetic, update, single-source, unresolved,
// agreement.
struct Finding {
  std::string id;    // stable within a report: "F<n>"
  std::string type;
  Severity severity = Severity::kNote;
  std::string key;    // the claim key (for part/whole: the part's key)
  std::string scope;
  std::vector<uint32_t> claims;  // indexes into Report::claims
  std::string message;           // one sentence, for people
};

// Claims that measure the same thing (same key, compatible scope).
struct ClaimGroup {
  std::string key;
  std::string scope;
  std::vector<uint32_t> claims;  // indexes into Report::claims
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

  // Highest severity among the findings (kNone when there are none).
  Severity MaxSeverity() const;
};

}  // namespace figcheck

#endif  // FIGCHECK_FINDING_H_
