// Checker's private state, shared by the files of the checker module.
#ifndef FIGCHECK_CHECKER_CHECKER_IMPL_H_
#define FIGCHECK_CHECKER_CHECKER_IMPL_H_

#include <memory>
#include <string>
#include <vector>

#include "claims/engine.h"
#include "extract/extractor.h"
#include "figcheck/figcheck.h"
#include "rulebook/rule_book.h"

namespace figcheck {

struct Checker::Impl {
  CheckerOptions options;
  std::shared_ptr<const rulebook::RuleBook> book;
  std::unique_ptr<extract::Extractor> extractor;
  std::unique_ptr<claims::ClaimEngine> claims;
};

namespace checker {

// The rule directories `options` names: the built-in packs (unless turned
// off), then options.rule_dirs.
std::vector<std::string> RulePaths(const CheckerOptions& options);

}  // namespace checker
}  // namespace figcheck

#endif  // FIGCHECK_CHECKER_CHECKER_IMPL_H_
