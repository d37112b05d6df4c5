// SARIF 2.1.0 (docs/output.md, "SARIF"): one result per finding, one
// location per claim involved (so every source involved has one), columns
// in Unicode code points. Rules are the finding types. Suppressed findings
// stay in the log with an external suppression, as code scanning expects.
#include <cstdio>
#include <ostream>

#include "report/json_io.h"
#include "report/json_stream.h"
#include "report/render_internal.h"
#include "report/report_util.h"

namespace figcheck::report {
namespace {

constexpr const char* kSchema = "https://json.schemastore.org/sarif-2.1.0.json";

const char* Level(Severity s) {
  switch (s) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kNote: return "note";
    case Severity::kNone: return "none";
  }
  return "none";
}

bool Unreserved(unsigned char c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
  for (char ok : std::string_view("-._~/!$&'()*+,;=:@")) {
    if (c == static_cast<unsigned char>(ok)) return true;
  }
  return false;
}

// A path as a URI reference: "/" separators, every other byte outside the
// URI's unreserved and sub-delimiter set percent-encoded; absolute paths as
// file:// URIs.
std::string ToUri(const std::string& path) {
  std::string p = path;
  for (char& c : p) c = c == '\\' ? '/' : c;
  std::string out;
  for (unsigned char c : p) {
    if (Unreserved(c)) {
      out += static_cast<char>(c);
    } else {
      char buf[4];
      std::snprintf(buf, sizeof buf, "%%%02X", c);
      out += buf;
    }
  }
  if (!out.empty() && out[0] == '/') return "file://" + out;
  // A colon in the first segment would read as a scheme ("c:/x").
  const size_t colon = out.find(':');
  if (colon != std::string::npos && colon < out.find('/')) return "./" + out;
  return out;
}

std::string Hash(const std::string& s) {
  uint64_t h = 1469598103934665603ull;  // FNV-1a, 64 bits
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  char buf[20];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

Json Rules() {
  Json rules = Json::array();
  for (const FindingType& t : FindingTypes()) {
    rules.push_back({{"id", t.name},
                     {"shortDescription", {{"text", t.description}}},
                     {"defaultConfiguration", {{"level", Level(t.default_severity)}}}});
  }
  return rules;
}

int RuleIndex(const std::string& type) {
  const auto& types = FindingTypes();
  for (size_t i = 0; i < types.size(); ++i) {
    if (types[i].name == type) return static_cast<int>(i);
  }
  return -1;
}

Json Location(const Report& r, uint32_t claim_index) {
  const Claim& c = r.claims[claim_index];
  const DocumentInfo& s = r.sources[c.source];
  Json region = {
      {"startLine", c.begin.line},
      {"startColumn", c.begin.column},
      {"endLine", c.end.line},
      {"endColumn", c.end.column},
      {"charOffset", c.begin.offset},
      {"charLength", c.end.offset >= c.begin.offset ? c.end.offset - c.begin.offset : 0}};
  if (!c.text.empty()) region["snippet"] = {{"text", c.text}};
  return {{"physicalLocation",
           {{"artifactLocation", {{"uri", ToUri(s.source_name)}, {"index", c.source}}},
            {"region", region}}},
          {"message",
           {{"text",
             (s.outlet.empty() ? s.source_name : s.outlet) + ", " + DateText(s) + ": " + c.text}}},
          {"properties", {{"claim", c.id}}}};
}

Json Result(const Report& r, const Finding& f) {
  Json res;
  res["ruleId"] = f.type;
  if (const int i = RuleIndex(f.type); i >= 0) res["ruleIndex"] = i;
  res["level"] = Level(f.severity);
  res["message"] = {{"text", f.message}};
  res["locations"] = Json::array();
  for (uint32_t c : f.claims) res["locations"].push_back(Location(r, c));
  res["partialFingerprints"] = {{"figcheckFinding/v1", Hash(FindingFingerprint(r, f))}};
  if (f.suppressed) {
    res["suppressions"] = Json::array(
        {{{"kind", "external"}, {"justification", "accepted in the figcheck baseline"}}});
  }
  res["properties"] = {{"id", f.id}, {"key", f.key}, {"scope", f.scope}};
  return res;
}

}  // namespace

void RenderSarif(const Report& r, const RenderOptions& o, std::ostream& out) {
  Json driver = {{"name", "figcheck"}, {"rules", Rules()}};
  if (!o.tool_version.empty()) driver["version"] = o.tool_version;
  JsonStream js(out);
  js.OpenObject();
  js.Member("$schema", kSchema);
  js.Member("version", "2.1.0");
  js.OpenArray("runs");
  js.OpenObject();
  js.Member("tool", {{"driver", driver}});
  js.Member("columnKind", "unicodeCodePoints");
  js.OpenArray("artifacts");
  for (uint32_t i = 0; i < r.sources.size(); ++i) {
    const DocumentInfo& s = r.sources[i];
    Json props = {{"outlet", s.outlet}, {"date", s.date ? Json(s.date->ToIso()) : Json(nullptr)}};
    if (!s.title.empty()) props["title"] = s.title;
    // The natural language, in properties: SARIF's sourceLanguage means a
    // programming language.
    if (!s.lang.empty()) props["lang"] = s.lang;
    js.Value({{"location", {{"uri", ToUri(s.source_name)}}}, {"properties", props}});
  }
  js.Close();
  js.OpenArray("results");
  for (const Finding* f : Shown(r, o, true)) js.Value(Result(r, *f));
  js.Finish();
}

}  // namespace figcheck::report
