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

// The place of a node in its file (yaml-cpp marks are 0-based).
SourceLocation Where(const std::string& path, const YAML::Node& node);

Status RuleError(const std::string& path, const YAML::Node& node, const std::string& message);

// The closest of `names` to `name` by edit distance, or "" when none is
// close enough to be a plausible typo.
std::string NearestName(std::string_view name, const std::vector<std::string>& names);

// Fails on any key of `map` that is not in `allowed`, naming the nearest
// allowed key ("unknown field 'exmples' (did you mean 'examples'?)").
Status CheckFields(const std::string& path, const YAML::Node& map, const std::string& what,
                   const std::vector<std::string>& allowed);

// Typed reads: fail with a message naming the field and the expected type.
Status ReadString(const std::string& path, const YAML::Node& node, const std::string& field,
                  std::string* out);
Status ReadDouble(const std::string& path, const YAML::Node& node, const std::string& field,
                  double* out);
// A string or a list of strings.
Status ReadStrings(const std::string& path, const YAML::Node& node, const std::string& field,
                   std::vector<std::string>* out);

}  // namespace figcheck::rulebook

#endif  // FIGCHECK_RULEBOOK_YAML_UTIL_H_
