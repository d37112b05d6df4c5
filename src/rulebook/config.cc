// Reading .figcheck.yaml (include/figcheck/config.h). It lives in rulebook
// because rulebook is the one module that reads YAML.
#include "figcheck/config.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "rulebook/yaml_util.h"

namespace figcheck {

namespace {

namespace fs = std::filesystem;
using rulebook::RuleError;
using rulebook::YamlFile;

Status ReadSeverity(const YamlFile& file, const YAML::Node& node, const std::string& field,
                    Severity* out) {
  auto s = ParseSeverity(node.IsScalar() ? node.Scalar() : "");
  if (!s) {
    return RuleError(file, node,
                     "'" + field + "' must be note, warning, error or none" +
                         rulebook::DidYouMean(node.IsScalar() ? node.Scalar() : "",
                                              {"note", "warning", "error", "none"}));
  }
  *out = *s;
  return Status::Ok();
}

Status ReadRoot(const YamlFile& file, const YAML::Node& root, Config* c) {
  if (root.IsNull()) return Status::Ok();
  Status st = rulebook::CheckFields(file, root, file.path(),
                                    {"rules", "builtin_rules", "disable", "severity", "fail_on"});
  if (!st.ok()) return st;
  const fs::path base = fs::path(file.path()).parent_path();
  if (root["rules"]) {
    std::vector<std::string> dirs;
    st = rulebook::ReadStrings(file, root["rules"], "rules", &dirs);
    if (!st.ok()) return st;
    for (const std::string& d : dirs) {
      c->rule_dirs.push_back(fs::path(d).is_absolute() ? d
                                                       : (base / d).lexically_normal().string());
    }
  }
  if (root["builtin_rules"]) {
    bool b = true;
    st = rulebook::ReadBool(file, root["builtin_rules"], "builtin_rules", &b);
    if (!st.ok()) return st;
    c->builtin_rules = b;
  }
  if (root["disable"]) st = rulebook::ReadStrings(file, root["disable"], "disable", &c->disabled);
  if (!st.ok()) return st;
  if (const YAML::Node sev = root["severity"]) {
    if (!sev.IsMap())
      return RuleError(file, sev, "'severity' maps finding types or keys to levels");
    for (const auto& kv : sev) {
      Severity s;
      st = ReadSeverity(file, kv.second, kv.first.Scalar(), &s);
      if (!st.ok()) return st;
      c->severity[kv.first.Scalar()] = s;
    }
  }
  if (root["fail_on"]) {
    Severity s;
    st = ReadSeverity(file, root["fail_on"], "fail_on", &s);
    if (!st.ok()) return st;
    c->fail_on = s;
  }
  return Status::Ok();
}

}  // namespace

Result<Config> LoadConfig(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(StatusCode::kNotFound, "cannot read configuration file", {path, 0, 0});
  std::ostringstream buf;
  buf << in.rdbuf();
  const YamlFile file(path, buf.str());
  Config config;
  config.path = path;
  try {
    const YAML::Node root = YAML::Load(file.text());
    Status st = ReadRoot(file, root, &config);
    if (!st.ok()) return Status(StatusCode::kInvalidArgument, st.message(), st.where());
  } catch (const YAML::Exception& e) {
    return Status(StatusCode::kParseError, "malformed YAML: " + e.msg,
                  file.At(e.mark.line, e.mark.column));
  }
  return config;
}

Result<Config> FindConfig(const std::string& dir) {
  std::error_code ec;
  // Normalized, so that "." names the file "/work/.figcheck.yaml" in
  // messages, not "/work/./.figcheck.yaml".
  fs::path d = fs::absolute(dir, ec).lexically_normal();
  if (ec) return Config{};
  if (!d.has_filename() && d.has_relative_path()) d = d.parent_path();  // "/work/" -> "/work"
  while (true) {
    const fs::path candidate = d / kConfigFileName;
    if (fs::is_regular_file(candidate, ec)) return LoadConfig(candidate.string());
    if (!d.has_parent_path() || d.parent_path() == d) return Config{};
    d = d.parent_path();
  }
}

}  // namespace figcheck
