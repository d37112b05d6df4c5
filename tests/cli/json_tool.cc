// figcheck_json_tool: what the CLI tests need to read JSON output without
// python or jq (neither is on a fresh Debian 12). Reads standard input.
//
//   valid            one well-formed JSON document
//   jsonl            every non-blank line is a JSON object
//   get POINTER      the value at a JSON pointer: strings raw, others compact
//   size POINTER     elements of the array or object at a JSON pointer
//   findings         a figcheck JSON report's findings, one a line:
//                    "type severity key scope" (scope "-" when empty; then
//                    " suppressed" for findings a baseline accepted)
//   report           a figcheck JSON report is consistent with itself
//   sarif            a SARIF log is the 2.1.0 shape docs/output.md gives
//
// Exit status: 0 yes, 1 no (a message on stdout), 2 usage or unreadable
// input.
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <iostream>
#include <iterator>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

using Json = nlohmann::json;

int problems = 0;

void Problem(const std::string& what) {
  std::cout << "problem: " << what << "\n";
  ++problems;
}

bool IsString(const Json& j, const char* field) {
  return j.is_object() && j.contains(field) && j[field].is_string();
}

bool IsPositive(const Json& j, const char* field) {
  return j.is_object() && j.contains(field) && j[field].is_number_integer() &&
         j[field].get<long long>() >= 1;
}

std::string Compact(const Json& j) { return j.is_string() ? j.get<std::string>() : j.dump(); }

// figcheck report JSON: ids resolve, counts add up, places are 1-based.
void CheckReport(const Json& r) {
  if (!r.is_object()) return Problem("not an object");
  if (r.value("figcheck_report", -1) != 1) Problem("figcheck_report is not 1");
  if (!r.contains("tool") || r["tool"].value("name", "") != "figcheck") Problem("tool.name");
  for (const char* f : {"summary", "sources", "claims", "groups", "findings", "diagnostics"}) {
    if (!r.contains(f)) Problem(std::string("missing ") + f);
  }
  if (problems > 0) return;
  const size_t nsources = r["sources"].size();
  for (size_t i = 0; i < nsources; ++i) {
    const Json& s = r["sources"][i];
    if (s.value("index", -1) != static_cast<int>(i)) Problem("source index " + std::to_string(i));
    if (!IsString(s, "name")) Problem("source without a name");
    if (!s.contains("date") || !(s["date"].is_null() || s["date"].is_string())) {
      Problem("source date must be a string or null");
    }
  }
  std::map<std::string, int> claim_source;
  for (const Json& c : r["claims"]) {
    const std::string id = c.value("id", "");
    if (id.empty() || !claim_source.emplace(id, c.value("source", -1)).second) {
      Problem("claim id missing or repeated: " + id);
    }
    const int src = c.value("source", -1);
    if (src < 0 || static_cast<size_t>(src) >= nsources) Problem("claim " + id + ": bad source");
    if (id.rfind(std::to_string(src) + ":", 0) != 0) Problem("claim " + id + ": id/source");
    for (const char* f : {"line", "column", "end_line", "end_column"}) {
      if (!IsPositive(c, f)) Problem("claim " + id + ": " + f);
    }
    for (const char* f : {"key", "kind", "qualifier", "text", "sentence", "rule_id"}) {
      if (!IsString(c, f)) Problem("claim " + id + ": " + f);
    }
  }
  std::set<std::string> group_ids;
  for (const Json& g : r["groups"]) {
    group_ids.insert(g.value("id", ""));
    for (const Json& c : g["claims"]) {
      if (!claim_source.count(c.get<std::string>())) Problem("group claim " + Compact(c));
    }
  }
  for (const Json& g : r["groups"]) {
    for (const Json& p : g.value("part_of", Json::array())) {
      if (!group_ids.count(p.get<std::string>())) Problem("part_of " + Compact(p));
    }
  }
  std::map<std::string, int> counted;
  int suppressed = 0;
  long last = 0;  // ids are F1, F2, ... in order; check mode leaves gaps
  for (const Json& f : r["findings"]) {
    const std::string id = f.value("id", "");
    const long number = id.size() > 1 && id[0] == 'F' ? std::strtol(id.c_str() + 1, nullptr, 10) : 0;
    if (number <= last) Problem("finding id " + id + " out of order");
    last = number;
    for (const char* field : {"type", "severity", "key", "scope", "message"}) {
      if (!IsString(f, field)) Problem("finding " + id + ": " + field);
    }
    std::set<int> sources;
    for (const Json& c : f["claims"]) {
      auto it = claim_source.find(c.get<std::string>());
      if (it == claim_source.end()) {
        Problem("finding " + id + ": unknown claim " + Compact(c));
      } else {
        sources.insert(it->second);
      }
    }
    std::set<int> listed;
    for (const Json& s : f["sources"]) listed.insert(s.get<int>());
    if (listed != sources) Problem("finding " + id + ": sources differ from its claims'");
    if (f.value("suppressed", false)) {
      ++suppressed;
    } else {
      ++counted[f.value("severity", "")];
    }
  }
  const Json& s = r["summary"];
  for (const char* sev : {"error", "warning", "note", "none"}) {
    if (s.value(sev, -1) != counted[sev]) Problem(std::string("summary.") + sev);
  }
  if (s.value("suppressed", -1) != suppressed) Problem("summary.suppressed");
}

void CheckSarif(const Json& j) {
  if (!j.is_object()) return Problem("not an object");
  if (j.value("version", "") != "2.1.0") Problem("version is not 2.1.0");
  if (j.value("$schema", "") != "https://json.schemastore.org/sarif-2.1.0.json") Problem("$schema");
  if (!j.contains("runs") || !j["runs"].is_array() || j["runs"].size() != 1) {
    return Problem("runs must hold one run");
  }
  const Json& run = j["runs"][0];
  if (run.value("columnKind", "") != "unicodeCodePoints") Problem("columnKind");
  const Json driver = run.value("tool", Json::object()).value("driver", Json::object());
  if (driver.value("name", "") != "figcheck") Problem("driver.name");
  if (!IsString(driver, "version")) Problem("driver.version");
  std::vector<std::string> rules;
  for (const Json& r : driver.value("rules", Json::array())) {
    rules.push_back(r.value("id", ""));
    if (!r.contains("shortDescription") || !IsString(r["shortDescription"], "text")) {
      Problem("rule " + rules.back() + ": shortDescription");
    }
  }
  if (std::set<std::string>(rules.begin(), rules.end()).size() != rules.size() || rules.empty()) {
    Problem("rule ids empty or repeated");
  }
  const Json artifacts = run.value("artifacts", Json::array());
  for (const Json& a : artifacts) {
    if (!a.contains("location") || !IsString(a["location"], "uri")) Problem("artifact uri");
  }
  if (!run.contains("results") || !run["results"].is_array()) return Problem("results");
  for (const Json& res : run["results"]) {
    const std::string rule = res.value("ruleId", "");
    const int index = res.value("ruleIndex", -1);
    if (index < 0 || static_cast<size_t>(index) >= rules.size() || rules[index] != rule) {
      Problem("result " + rule + ": ruleIndex does not name its rule");
    }
    const std::string level = res.value("level", "");
    if (level != "error" && level != "warning" && level != "note" && level != "none") {
      Problem("result level " + level);
    }
    if (!res.contains("message") || res["message"].value("text", "").empty()) {
      Problem("result message");
    }
    const Json fp = res.value("partialFingerprints", Json::object());
    if (fp.value("figcheckFinding/v1", "").empty()) Problem("partialFingerprints");
    const Json locations = res.value("locations", Json::array());
    if (locations.empty()) Problem("result without locations");
    for (const Json& l : locations) {
      const Json pl = l.value("physicalLocation", Json::object());
      const Json al = pl.value("artifactLocation", Json::object());
      const int ai = al.value("index", -1);
      if (ai < 0 || static_cast<size_t>(ai) >= artifacts.size() ||
          artifacts[ai]["location"].value("uri", "") != al.value("uri", "?")) {
        Problem("artifactLocation does not match its artifact");
      }
      const Json region = pl.value("region", Json::object());
      for (const char* f : {"startLine", "startColumn", "endLine", "endColumn"}) {
        if (!IsPositive(region, f)) Problem(std::string("region.") + f);
      }
      if (region.value("endLine", 0) < region.value("startLine", 0)) Problem("region ends early");
      if (!region.contains("snippet") || region["snippet"].value("text", "").empty()) {
        Problem("region.snippet");
      }
    }
  }
}

int Usage() {
  std::cerr << "usage: figcheck_json_tool valid|jsonl|get PTR|size PTR|findings|report|sarif\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return Usage();
  const std::string cmd = argv[1];
  const std::string input(std::istreambuf_iterator<char>(std::cin), {});
  try {
    if (cmd == "jsonl") {
      std::istringstream lines(input);
      std::string line;
      size_t n = 0, objects = 0;
      while (std::getline(lines, line)) {
        ++n;
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        try {
          if (!Json::parse(line).is_object()) Problem("line " + std::to_string(n) + ": not an object");
          ++objects;
        } catch (const Json::parse_error& e) {
          Problem("line " + std::to_string(n) + ": " + e.what());
        }
      }
      if (objects == 0) Problem("no JSON lines");
      return problems > 0 ? 1 : 0;
    }
    Json j;
    try {
      j = Json::parse(input);
    } catch (const Json::parse_error& e) {
      std::cout << "problem: not JSON: " << e.what() << "\n";
      return 1;
    }
    if (cmd == "valid") return 0;
    if ((cmd == "get" || cmd == "size") && argc == 3) {
      const Json::json_pointer ptr(argv[2]);
      if (!j.contains(ptr)) {
        std::cout << "problem: no value at " << argv[2] << "\n";
        return 1;
      }
      std::cout << (cmd == "get" ? Compact(j.at(ptr)) : std::to_string(j.at(ptr).size())) << "\n";
      return 0;
    }
    if (cmd == "findings") {
      for (const Json& f : j.at("findings")) {
        std::cout << f.value("type", "") << ' ' << f.value("severity", "") << ' '
                  << f.value("key", "") << ' '
                  << (f.value("scope", "").empty() ? "-" : f.value("scope", ""))
                  << (f.value("suppressed", false) ? " suppressed" : "") << "\n";
      }
      return 0;
    }
    if (cmd == "report") {
      CheckReport(j);
    } else if (cmd == "sarif") {
      CheckSarif(j);
    } else {
      return Usage();
    }
  } catch (const std::exception& e) {
    std::cout << "problem: " << e.what() << "\n";
    return 1;
  }
  return problems > 0 ? 1 : 0;
}
