#include "rulebook/yaml_util.h"

#include <algorithm>

namespace figcheck::rulebook {

SourceLocation Where(const std::string& path, const YAML::Node& node) {
  const YAML::Mark m = node.Mark();
  if (m.is_null()) return SourceLocation{path, 0, 0};
  return SourceLocation{path, static_cast<uint32_t>(m.line + 1),
                        static_cast<uint32_t>(m.column + 1)};
}

Status RuleError(const std::string& path, const YAML::Node& node, const std::string& message) {
  return Status(StatusCode::kRuleError, message, Where(path, node));
}

namespace {
size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diag = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}
}  // namespace

std::string NearestName(std::string_view name, const std::vector<std::string>& names) {
  std::string best;
  size_t best_d = std::max<size_t>(2, name.size() / 3) + 1;
  for (const std::string& n : names) {
    const size_t d = EditDistance(name, n);
    if (d < best_d) {
      best_d = d;
      best = n;
    }
  }
  return best;
}

Status CheckFields(const std::string& path, const YAML::Node& map, const std::string& what,
                   const std::vector<std::string>& allowed) {
  if (!map.IsMap()) return RuleError(path, map, what + " must be a mapping");
  for (const auto& kv : map) {
    const std::string key = kv.first.Scalar();
    if (std::find(allowed.begin(), allowed.end(), key) != allowed.end()) continue;
    std::string msg = "unknown field '" + key + "' in " + what;
    const std::string near = NearestName(key, allowed);
    if (!near.empty()) msg += " (did you mean '" + near + "'?)";
    return RuleError(path, kv.first, msg);
  }
  return Status::Ok();
}

Status ReadString(const std::string& path, const YAML::Node& node, const std::string& field,
                  std::string* out) {
  if (!node.IsScalar()) return RuleError(path, node, "'" + field + "' must be a string");
  *out = node.Scalar();
  return Status::Ok();
}

Status ReadDouble(const std::string& path, const YAML::Node& node, const std::string& field,
                  double* out) {
  if (!node.IsScalar()) return RuleError(path, node, "'" + field + "' must be a number");
  const std::string& s = node.Scalar();
  char* end = nullptr;
  *out = std::strtod(s.c_str(), &end);
  if (s.empty() || end != s.c_str() + s.size()) {
    return RuleError(path, node, "'" + field + "' must be a number, not '" + s + "'");
  }
  return Status::Ok();
}

Status ReadStrings(const std::string& path, const YAML::Node& node, const std::string& field,
                   std::vector<std::string>* out) {
  out->clear();
  if (node.IsScalar()) {
    out->push_back(node.Scalar());
    return Status::Ok();
  }
  if (!node.IsSequence()) {
    return RuleError(path, node, "'" + field + "' must be a string or a list of strings");
  }
  for (const auto& item : node) {
    if (!item.IsScalar()) return RuleError(path, item, "'" + field + "' items must be strings");
    out->push_back(item.Scalar());
  }
  return Status::Ok();
}

}  // namespace figcheck::rulebook
