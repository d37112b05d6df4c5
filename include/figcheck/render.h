// Renderers: mentions, claims and reports as text for people or machines,
// the claims JSONL stream in both directions, and baselines of accepted
// findings. Every renderer writes to a std::ostream and never fails; readers
// return a Status. Formats are documented in docs/output.md.
#ifndef FIGCHECK_RENDER_H_
#define FIGCHECK_RENDER_H_

#include <cstdint>
#include <istream>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "figcheck/claim.h"
#include "figcheck/document.h"
#include "figcheck/finding.h"
#include "figcheck/mention.h"
#include "figcheck/status.h"

namespace figcheck {

enum class MentionFormat { kJsonl, kJson, kText };

// Writes one document's mentions. For kJson, call BeginMentionsJson before
// the first document and EndMentionsJson after the last: the output is one
// array of all mentions.
void RenderMentions(const Document& doc, const std::vector<Mention>& mentions,
                    MentionFormat format, std::ostream& out);
void BeginMentionsJson(std::ostream& out);
void EndMentionsJson(std::ostream& out);

// The JSON object for one mention (one line of the jsonl stream).
std::string MentionJson(const Document& doc, const Mention& m);

// ---------------------------------------------------------------- reports

enum class ReportFormat {
  kText,      // for people: grouped by claim key, excerpts with the figure marked
  kJson,      // one JSON document, schema "figcheck_report": kReportJsonVersion
  kMarkdown,  // for pull requests and wikis
  kSarif,     // SARIF 2.1.0, one result per finding
  kCheck,     // "path:line:col: severity: message [type/key]" lines (CI)
  kGithub,    // GitHub Actions workflow commands (::error file=...::message)
};

// "text", "json", "markdown", "sarif", "check", "github".
const char* ReportFormatName(ReportFormat format);
std::optional<ReportFormat> ParseReportFormat(std::string_view name);

inline constexpr int kReportJsonVersion = 1;

struct RenderOptions {
  // ANSI colour and bold figures in kText instead of the marks around the
  // figure. The command line sets it when standard output is a terminal.
  bool color = false;
  // Only findings that involve a claim of one of these sources (indexes
  // into Report::sources); empty means every finding. Check mode passes the
  // drafts. kCheck and kGithub also place each finding only in these
  // sources.
  std::vector<uint32_t> only_sources;
  // Shown in kJson ("tool.version") and kSarif (driver.version) when set.
  std::string tool_version;
  // Code points of sentence kept on each side of the figure in excerpts.
  uint32_t excerpt_context = 60;
};

// Renders a report (usually from Compare(), compare.h). Suppressed findings
// (baselines, below) appear only in kJson and kSarif, marked as such.
void RenderReport(const Report& report, ReportFormat format, const RenderOptions& options,
                  std::ostream& out);

// ------------------------------------------------------------ claims JSONL
//
// One claim per line, each line self-contained (its source's metadata
// included), so that claims extracted in one run compare in another with
// the same result. A source with no claims is written as a line of its own
// ("record": "source") so that it still counts.

inline constexpr int kClaimsJsonlVersion = 1;

// The JSON line (no newline) for one claim of the source at `source_index`.
std::string ClaimJsonLine(const DocumentInfo& source, uint32_t source_index, const Claim& claim);
// The JSON line (no newline) for a source that has no claims.
std::string SourceJsonLine(const DocumentInfo& source, uint32_t source_index);

// Every claim (Claim::source indexes `sources`), in source order, with a
// source line for each source without claims.
void WriteClaimsJsonl(const std::vector<DocumentInfo>& sources, const std::vector<Claim>& claims,
                      std::ostream& out);

// Reads a claims JSONL stream and appends its sources and claims. Sources
// are told apart by their "index" within one stream; each new one is
// appended to *sources, and claims are renumbered to point at it, so that
// several streams (one per extract run) can be read into one run. Blank
// lines are skipped. Errors name the line: "NAME:LINE: what is wrong".
Status ReadClaimsJsonl(std::istream& in, const std::string& stream_name,
                       std::vector<DocumentInfo>* sources, std::vector<Claim>* claims);

// --------------------------------------------------------------- baselines
//
// A baseline is a JSON file of accepted findings. A finding matches an entry
// by its type, key, scope and the figures of its claims (text, qualifier,
// bounds), never by line or column, so it survives edits that move text.

struct Baseline {
  std::vector<std::string> fingerprints;  // sorted; see FindingFingerprint
};

// What a finding is matched by: "type|key|scope|" and, per claim in a
// canonical order, its figure's text, qualifier and bounds.
std::string FindingFingerprint(const Report& report, const Finding& finding);

// Writes every unsuppressed finding with severity above none that involves
// `options.only_sources` (all when empty) as an accepted finding.
void WriteBaseline(const Report& report, const RenderOptions& options, std::ostream& out);
Result<Baseline> ReadBaseline(std::istream& in, const std::string& name);
// Marks the findings the baseline accepts as suppressed; returns how many.
size_t ApplyBaseline(const Baseline& baseline, Report* report);

// Claims (figcheck extract). kJsonl and kJson write the claims JSONL
// records below (ClaimJsonLine; a SourceJsonLine for a source without
// claims), which `figcheck report --input claims` reads back; kText writes
// ClaimText lines.
using ClaimFormat = MentionFormat;

void RenderClaims(const DocumentInfo& info, uint32_t source_index,
                  const std::vector<Claim>& claims, ClaimFormat format, std::ostream& out);
void BeginClaimsJson(std::ostream& out);
void EndClaimsJson(std::ostream& out);

// A flat JSON view of one claim (figure fields at the top level, document
// info beside them): what rule examples' expectations are matched against
// (docs/rules.md, "Examples").
std::string ClaimJson(const DocumentInfo& info, const Claim& claim);

// One line for people: "SOURCE:LINE:COL: key @scope qualifier [low, high] unit "text" (rule)".
std::string ClaimText(const DocumentInfo& info, const Claim& claim);

}  // namespace figcheck

#endif  // FIGCHECK_RENDER_H_
