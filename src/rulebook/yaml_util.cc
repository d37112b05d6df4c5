#include "rulebook/yaml_util.h"

#include <algorithm>

#include "base/utf8.h"

namespace figcheck::rulebook {

YamlFile::YamlFile(std::string path, std::string text)
    : path_(std::move(path)), text_(std::move(text)) {
  line_starts_.push_back(0);
  for (size_t i = 0; i < text_.size(); ++i) {
    if (text_[i] == '\n') line_starts_.push_back(i + 1);
  }
}

std::string_view YamlFile::Line(int line) const {
  if (line < 0 || static_cast<size_t>(line) >= line_starts_.size()) return {};
  const size_t begin = line_starts_[line];
  size_t end = text_.find('\n', begin);
  if (end == std::string::npos) end = text_.size();
  if (end > begin && text_[end - 1] == '\r') --end;
  return std::string_view(text_).substr(begin, end - begin);
}

SourceLocation YamlFile::At(int line, int byte_column) const {
  if (line < 0) return SourceLocation{path_, 0, 0};
  const std::string_view l = Line(line);
  const size_t bytes = std::min<size_t>(static_cast<size_t>(std::max(byte_column, 0)), l.size());
  const size_t cps = base::FindInvalidUtf8(l.substr(0, bytes)) == std::string_view::npos
                         ? base::CountCodePoints(l.substr(0, bytes))
                         : bytes;
  return SourceLocation{path_, static_cast<uint32_t>(line + 1), static_cast<uint32_t>(cps + 1)};
}

SourceLocation YamlFile::Where(const YAML::Node& node) const {
  const YAML::Mark m = node.Mark();
  if (m.is_null()) return SourceLocation{path_, 0, 0};
  return At(m.line, m.column);
}

Status RuleError(const YamlFile& file, const YAML::Node& node, const std::string& message) {
  return Status(StatusCode::kRuleError, message, file.Where(node));
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

std::string DidYouMean(std::string_view name, const std::vector<std::string>& names) {
  const std::string near = NearestName(name, names);
  return near.empty() ? std::string() : " (did you mean '" + near + "'?)";
}

Status CheckFields(const YamlFile& file, const YAML::Node& map, const std::string& what,
                   const std::vector<std::string>& allowed) {
  if (!map.IsMap()) return RuleError(file, map, what + " must be a mapping");
  for (const auto& kv : map) {
    const std::string key = kv.first.Scalar();
    if (std::find(allowed.begin(), allowed.end(), key) != allowed.end()) continue;
    return RuleError(file, kv.first,
                     "unknown field '" + key + "' in " + what + DidYouMean(key, allowed));
  }
  return Status::Ok();
}

Status ReadString(const YamlFile& file, const YAML::Node& node, const std::string& field,
                  std::string* out) {
  if (!node.IsScalar()) return RuleError(file, node, "'" + field + "' must be a string");
  *out = node.Scalar();
  return Status::Ok();
}

Status ReadDouble(const YamlFile& file, const YAML::Node& node, const std::string& field,
                  double* out) {
  if (!node.IsScalar()) return RuleError(file, node, "'" + field + "' must be a number");
  const std::string& s = node.Scalar();
  char* end = nullptr;
  *out = std::strtod(s.c_str(), &end);
  if (s.empty() || end != s.c_str() + s.size()) {
    return RuleError(file, node, "'" + field + "' must be a number, not '" + s + "'");
  }
  return Status::Ok();
}

Status ReadBool(const YamlFile& file, const YAML::Node& node, const std::string& field, bool* out) {
  const std::string s = node.IsScalar() ? node.Scalar() : "";
  if (s == "true" || s == "yes") {
    *out = true;
  } else if (s == "false" || s == "no") {
    *out = false;
  } else {
    return RuleError(file, node, "'" + field + "' must be true or false");
  }
  return Status::Ok();
}

Status ReadStrings(const YamlFile& file, const YAML::Node& node, const std::string& field,
                   std::vector<std::string>* out) {
  out->clear();
  if (node.IsScalar()) {
    out->push_back(node.Scalar());
    return Status::Ok();
  }
  if (!node.IsSequence()) {
    return RuleError(file, node, "'" + field + "' must be a string or a list of strings");
  }
  for (const auto& item : node) {
    if (!item.IsScalar()) return RuleError(file, item, "'" + field + "' items must be strings");
    out->push_back(item.Scalar());
  }
  return Status::Ok();
}

}  // namespace figcheck::rulebook
