// Project configuration: a .figcheck.yaml file, found from the working
// directory upwards as linters find theirs (docs/rules.md, "Configuration").
//
//   rules: [newsroom-rules]        # rule directories, relative to this file,
//                                  # layered over the built-in packs
//   builtin_rules: true            # false: only the directories above
//   disable: [casualties.rescued, en.money.*]   # rule ids or claim keys
//   severity: {hedge-mismatch: note, casualties.killed: error}
//   fail_on: warning               # note | warning | error | none
//
// Command-line flags come after the file: --rules directories layer over
// its `rules`, --disable adds to its `disable`, --fail-on replaces its
// `fail_on`.
#ifndef FIGCHECK_CONFIG_H_
#define FIGCHECK_CONFIG_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "figcheck/finding.h"
#include "figcheck/status.h"

namespace figcheck {

inline constexpr const char* kConfigFileName = ".figcheck.yaml";

struct Config {
  std::string path;                    // the file read; empty when there was none
  std::vector<std::string> rule_dirs;  // resolved against the file's directory
  std::optional<bool> builtin_rules;
  std::vector<std::string> disabled;
  // Severity overrides by finding type ("conflict") or claim key
  // ("casualties.killed"); the report stage applies them.
  std::map<std::string, Severity> severity;
  std::optional<Severity> fail_on;
};

// Reads one configuration file. Errors name the file, line and column.
Result<Config> LoadConfig(const std::string& path);

// Looks for .figcheck.yaml in `dir` and each parent in turn and reads the
// first found; an empty Config (path "") when there is none.
Result<Config> FindConfig(const std::string& dir);

}  // namespace figcheck

#endif  // FIGCHECK_CONFIG_H_
