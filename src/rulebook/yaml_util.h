// Helpers for reading rule files with yaml-cpp: places ("file:line:col"),
// typed field access and the "did you mean" of unknown fields. Only the
// rulebook module includes yaml-cpp.
#ifndef FIGCHECK_RULEBOOK_YAML_UTIL_H_
#define FIGCHECK_RULEBOOK_YAML_UTIL_H_

#include <yaml-cpp/yaml.h>

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "figcheck/status.h"

namespace figcheck::rulebook {

// A rule file being read: its path and text. yaml-cpp counts columns in
// bytes; figcheck reports code points, so places are computed here.
class YamlFile {
 public:
  YamlFile(std::string path, std::string text);

  const std::string& path() const { return path_; }
  const std::string& text() const { return text_; }

  // The place of a node (yaml-cpp marks are 0-based, in bytes).
  SourceLocation Where(const YAML::Node& node) const;
  // The place of a 0-based line and byte column.
  SourceLocation At(int line, int byte_column) const;
  // The text of a 0-based line, without its line break.
  std::string_view Line(int line) const;

 private:
  std::string path_;
  std::string text_;
  std::vector<size_t> line_starts_;
};

Status RuleError(const YamlFile& file, const YAML::Node& node, const std::string& message);

// The closest of `names` to `name` by edit distance, or "" when none is
// close enough to be a plausible typo.
std::string NearestName(std::string_view name, const std::vector<std::string>& names);
// " (did you mean 'x'?)" for the nearest name, or "".
std::string DidYouMean(std::string_view name, const std::vector<std::string>& names);

// Fails on any key of `map` that is not in `allowed`, naming the nearest
// allowed key ("unknown field 'exmples' (did you mean 'examples'?)").
Status CheckFields(const YamlFile& file, const YAML::Node& map, const std::string& what,
                   const std::vector<std::string>& allowed);

// Typed reads: fail with a message naming the field and the expected type.
Status ReadString(const YamlFile& file, const YAML::Node& node, const std::string& field,
                  std::string* out);
Status ReadDouble(const YamlFile& file, const YAML::Node& node, const std::string& field,
                  double* out);
Status ReadBool(const YamlFile& file, const YAML::Node& node, const std::string& field, bool* out);
// A string or a list of strings.
Status ReadStrings(const YamlFile& file, const YAML::Node& node, const std::string& field,
                   std::vector<std::string>* out);

}  // namespace figcheck::rulebook

#endif  // FIGCHECK_RULEBOOK_YAML_UTIL_H_
