// Compare(): canonical claim order and ids, alignment, the finding passes,
// severities, and the sorted, numbered findings.
#include <algorithm>
#include <cstdio>
#include <tuple>

#include "compare/align.h"
#include "compare/context.h"
#include "compare/date_arithmetic.h"
#include "compare/group_findings.h"
#include "compare/message.h"
#include "compare/part_whole.h"
#include "figcheck/compare.h"

namespace figcheck {
namespace {

// Claims in (source, place, key) order, so that ids and every later order
// depend on what the claims are, not on the order they arrived in.
void Canonicalize(std::vector<Claim>* claims) {
  std::stable_sort(claims->begin(), claims->end(), [](const Claim& a, const Claim& b) {
    return std::tie(a.source, a.span.begin, a.span.end, a.key, a.rule_id, a.scope, a.text) <
           std::tie(b.source, b.span.begin, b.span.end, b.key, b.rule_id, b.scope, b.text);
  });
  uint32_t source = 0;
  uint32_t n = 0;
  for (Claim& c : *claims) {
    if (c.source != source) {
      source = c.source;
      n = 0;
    }
    c.id = std::to_string(c.source) + ':' + std::to_string(++n);
  }
}

void DropUnknownSources(size_t source_count, std::vector<Claim>* claims,
                        std::vector<Diagnostic>* diagnostics) {
  auto bad = [&](const Claim& c) { return c.source >= source_count; };
  for (const Claim& c : *claims) {
    if (!bad(c)) continue;
    diagnostics->push_back(Diagnostic{Severity::kWarning, "", c.begin.line, c.begin.column,
                                      "claim '" + c.key + "' names source " +
                                          std::to_string(c.source) +
                                          ", which is not in the run; "
                                          "it was left out"});
  }
  claims->erase(std::remove_if(claims->begin(), claims->end(), bad), claims->end());
}

void AddUnresolved(const compare::Context& ctx, std::vector<Finding>* out) {
  for (uint32_t c = 0; c < ctx.claims.size(); ++c) {
    const Claim& claim = ctx.claims[c];
    if (!claim.figure.date || claim.figure.date->resolved()) continue;
    const ClaimGroup& g = ctx.alignment.groups[ctx.alignment.group_of[c]];
    Finding f;
    f.type = "unresolved";
    f.key = g.key;
    f.scope = g.scope;
    f.claims = {c};
    f.message = compare::SourcesOf(ctx, {c}) + " gives a relative date, \"" + claim.text +
                "\", that could not be anchored (" + claim.figure.date->unresolved + ").";
    out->push_back(std::move(f));
  }
}

size_t TypeRank(const std::string& type) {
  const auto& types = FindingTypes();
  size_t i = 0;
  while (i < types.size() && types[i].name != type) ++i;
  return i;
}

void AssignSeverities(const ComparePolicy& policy, std::vector<Finding>* findings) {
  std::vector<Finding> kept;
  for (Finding& f : *findings) {
    if (f.type == "agreement") {
      f.severity = Severity::kNone;
      kept.push_back(std::move(f));
      continue;
    }
    f.severity = policy.SeverityFor(f.type, f.key);
    if (f.severity != Severity::kNone) kept.push_back(std::move(f));
  }
  *findings = std::move(kept);
}

void SortAndNumber(std::vector<Finding>* findings) {
  std::sort(findings->begin(), findings->end(), [](const Finding& a, const Finding& b) {
    const size_t ra = TypeRank(a.type);
    const size_t rb = TypeRank(b.type);
    return std::tie(a.key, a.scope, ra, a.claims, a.message) <
           std::tie(b.key, b.scope, rb, b.claims, b.message);
  });
  for (size_t i = 0; i < findings->size(); ++i) {
    char id[24];  // formatted, not "F" + ...: GCC 12 warns falsely on that
    std::snprintf(id, sizeof id, "F%zu", i + 1);
    (*findings)[i].id = id;
  }
}

// A dateline that states a weekday its date does not fall on ("الثلاثاء"
// beside a Wednesday) is a scraping or editing slip worth a look; it has no
// claim to attach to, so it is a diagnostic of the source.
void CheckDatelineWeekdays(const std::vector<DocumentInfo>& sources,
                           std::vector<Diagnostic>* diagnostics) {
  static constexpr const char* kDays[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                          "Friday", "Saturday", "Sunday"};
  for (const DocumentInfo& s : sources) {
    if (!s.date || s.date_weekday < 1 || s.date_weekday > 7) continue;
    const int actual = s.date->Weekday();
    if (actual == s.date_weekday) continue;
    diagnostics->push_back(Diagnostic{
        Severity::kWarning, s.source_name, 0, 0,
        std::string("the dateline says ") + kDays[s.date_weekday - 1] + " but " +
            s.date->ToIso() + " is a " + kDays[actual - 1]});
  }
}

}  // namespace

Report Compare(std::vector<DocumentInfo> sources, std::vector<Claim> claims,
               const ComparePolicy& policy) {
  Report report;
  report.sources = std::move(sources);
  DropUnknownSources(report.sources.size(), &claims, &report.diagnostics);
  CheckDatelineWeekdays(report.sources, &report.diagnostics);
  Canonicalize(&claims);
  report.claims = std::move(claims);

  const compare::Alignment alignment = compare::Align(report.claims, policy);
  compare::Context ctx{report.sources, report.claims, policy, alignment, {}};
  ctx.figures.reserve(report.claims.size());
  for (const Claim& c : report.claims) ctx.figures.push_back(compare::FigureOf(c));

  std::vector<Finding> findings;
  for (const ClaimGroup& g : alignment.groups) compare::CompareGroup(ctx, g, &findings);
  compare::ComparePartsAndWholes(ctx, &findings);
  compare::CheckDateArithmetic(ctx, &findings);
  AddUnresolved(ctx, &findings);
  AssignSeverities(policy, &findings);
  SortAndNumber(&findings);

  report.groups = alignment.groups;
  report.findings = std::move(findings);
  return report;
}

}  // namespace figcheck
