#include "report/report_util.h"

#include <algorithm>
#include <set>

#include "report/json_io.h"

namespace figcheck::report {

bool Wanted(const RenderOptions& options, uint32_t s) {
  return options.only_sources.empty() ||
         std::find(options.only_sources.begin(), options.only_sources.end(), s) !=
             options.only_sources.end();
}

std::vector<const Finding*> Shown(const Report& r, const RenderOptions& options,
                                  bool with_suppressed) {
  std::vector<const Finding*> out;
  for (const Finding& f : r.findings) {
    if (f.suppressed && !with_suppressed) continue;
    if (InvolvesSources(r, f, options.only_sources)) out.push_back(&f);
  }
  return out;
}

std::vector<uint32_t> FindingSources(const Report& r, const Finding& f) {
  std::set<uint32_t> s;
  for (uint32_t c : f.claims) {
    if (c < r.claims.size()) s.insert(r.claims[c].source);
  }
  return {s.begin(), s.end()};
}

int FirstClaimIn(const Report& r, const Finding& f, uint32_t s) {
  for (uint32_t c : f.claims) {
    if (c < r.claims.size() && r.claims[c].source == s) return static_cast<int>(c);
  }
  return -1;
}

std::string Summary(const Report& r, const std::vector<const Finding*>& shown) {
  int counts[4] = {0, 0, 0, 0};
  for (const Finding* f : shown) ++counts[static_cast<int>(f->severity)];
  auto plural = [](int n, const char* word) {
    return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
  };
  std::string s = plural(static_cast<int>(r.sources.size()), "source") + ", " +
                  plural(static_cast<int>(r.claims.size()), "claim") + ", " +
                  plural(static_cast<int>(shown.size()), "finding");
  std::string parts;
  const char* names[] = {"agreement", "note", "warning", "error"};
  for (int sev = 3; sev >= 0; --sev) {
    if (counts[sev] == 0) continue;
    parts += (parts.empty() ? "" : ", ") + plural(counts[sev], names[sev]);
  }
  return parts.empty() ? s : s + ": " + parts;
}

std::string DateText(const DocumentInfo& info) {
  if (!info.date) return "undated";
  std::string s = info.date->ToIso();
  if (info.date_origin != DateOrigin::kNone) {
    s += " (";
    s += DateOriginName(info.date_origin);
    s += ")";
  }
  return s;
}

}  // namespace figcheck::report
