// What every report renderer shares: which findings to show, the sources a
// finding touches, and the summary counts.
#ifndef FIGCHECK_REPORT_REPORT_UTIL_H_
#define FIGCHECK_REPORT_REPORT_UTIL_H_

#include <string>
#include <vector>

#include "figcheck/finding.h"
#include "figcheck/render.h"

namespace figcheck::report {

// Findings involving options.only_sources (all when empty), in report
// order; suppressed ones only when `with_suppressed`.
std::vector<const Finding*> Shown(const Report& r, const RenderOptions& options,
                                  bool with_suppressed);

// The distinct sources of a finding's claims, ascending.
std::vector<uint32_t> FindingSources(const Report& r, const Finding& f);

// The first claim of `f` in source `s`, or -1.
int FirstClaimIn(const Report& r, const Finding& f, uint32_t s);

// Whether source `s` is one the options ask for (all when none given).
bool Wanted(const RenderOptions& options, uint32_t s);

// "2 sources, 12 claims, 5 findings: 1 warning, 4 notes".
std::string Summary(const Report& r, const std::vector<const Finding*>& shown);

// The date of a source for people: "2024-09-17 (dateline)", "undated".
std::string DateText(const DocumentInfo& info);

}  // namespace figcheck::report

#endif  // FIGCHECK_REPORT_REPORT_UTIL_H_
