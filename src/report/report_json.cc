// The JSON report (docs/output.md, "JSON report"): schema version
// "figcheck_report": 1. Claims, groups and findings refer to each other by
// their stable ids ("0:1", "G1", "F1"), never by array position.
#include <ostream>

#include "report/json_io.h"
#include "report/json_stream.h"
#include "report/render_internal.h"
#include "report/report_util.h"

namespace figcheck::report {
namespace {

Json Ids(const Report& r, const std::vector<uint32_t>& claims) {
  Json a = Json::array();
  for (uint32_t c : claims) a.push_back(r.claims[c].id);
  return a;
}

Json FindingJson(const Report& r, const Finding& f) {
  Json j;
  j["id"] = f.id;
  j["type"] = f.type;
  j["severity"] = SeverityName(f.severity);
  j["key"] = f.key;
  j["scope"] = f.scope;
  j["claims"] = Ids(r, f.claims);
  j["sources"] = FindingSources(r, f);
  j["message"] = f.message;
  j["suppressed"] = f.suppressed;
  return j;
}

Json SummaryJson(const std::vector<const Finding*>& shown) {
  Json j;
  int counts[4] = {0, 0, 0, 0};
  int suppressed = 0;
  for (const Finding* f : shown) {
    if (f->suppressed) {
      ++suppressed;
    } else {
      ++counts[static_cast<int>(f->severity)];
    }
  }
  j["error"] = counts[3];
  j["warning"] = counts[2];
  j["note"] = counts[1];
  j["none"] = counts[0];
  j["suppressed"] = suppressed;
  return j;
}

}  // namespace

void RenderJson(const Report& r, const RenderOptions& o, std::ostream& out) {
  const std::vector<const Finding*> shown = Shown(r, o, true);
  JsonStream js(out);
  js.OpenObject();
  js.Member("figcheck_report", kReportJsonVersion);
  Json tool = {{"name", "figcheck"}};
  if (!o.tool_version.empty()) tool["version"] = o.tool_version;
  js.Member("tool", tool);
  js.Member("summary", SummaryJson(shown));
  js.OpenArray("sources");
  for (uint32_t i = 0; i < r.sources.size(); ++i) js.Value(SourceToJson(r.sources[i], i));
  js.Close();
  js.OpenArray("claims");
  for (const Claim& c : r.claims) js.Value(ClaimToJson(c));
  js.Close();
  js.OpenArray("groups");
  for (const ClaimGroup& g : r.groups) {
    Json parts = Json::array();
    for (uint32_t w : g.part_of) parts.push_back(r.groups[w].id);
    js.Value({{"id", g.id},
              {"key", g.key},
              {"scope", g.scope},
              {"claims", Ids(r, g.claims)},
              {"part_of", parts}});
  }
  js.Close();
  js.OpenArray("findings");
  for (const Finding* f : shown) js.Value(FindingJson(r, *f));
  js.Close();
  js.OpenArray("diagnostics");
  for (const Diagnostic& d : r.diagnostics) {
    js.Value({{"severity", SeverityName(d.severity)},
              {"source", d.source_name},
              {"line", d.line},
              {"column", d.column},
              {"message", d.message}});
  }
  js.Finish();
}

}  // namespace figcheck::report
