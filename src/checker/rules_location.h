// Where the built-in rule packs are.
#ifndef FIGCHECK_CHECKER_RULES_LOCATION_H_
#define FIGCHECK_CHECKER_RULES_LOCATION_H_

#include <string>

namespace figcheck::checker {

// The built-in packs' directory: $FIGCHECK_RULES_DIR when set; else
// <dir of the executable>/../share/figcheck/rules when it exists (an
// installed figcheck); else the source tree's rules/ (a build tree).
std::string BuiltinRulesDir();

}  // namespace figcheck::checker

#endif  // FIGCHECK_CHECKER_RULES_LOCATION_H_
