// The built-in packs (FIGCHECK_SOURCE_DIR "/rules") and an extractor over
// them, loaded once per test binary and shared by the extract tests.
#ifndef FIGCHECK_TESTS_UNIT_EXTRACT_BUILTIN_RULES_H_
#define FIGCHECK_TESTS_UNIT_EXTRACT_BUILTIN_RULES_H_

#include <memory>
#include <stdexcept>
#include <string>

#include "extract/extractor.h"
#include "rulebook/rule_book.h"

namespace figcheck::testing {

inline std::shared_ptr<const rulebook::RuleBook> BuiltinRules() {
  static const std::shared_ptr<const rulebook::RuleBook> book = [] {
    auto b = rulebook::RuleBook::Load({std::string(FIGCHECK_SOURCE_DIR) + "/rules"});
    if (!b.ok()) throw std::runtime_error(b.status().ToString());
    return std::move(b).value();
  }();
  return book;
}

inline const extract::Extractor& BuiltinExtractor() {
  static const extract::Extractor extractor(BuiltinRules());
  return extractor;
}

}  // namespace figcheck::testing

#endif  // FIGCHECK_TESTS_UNIT_EXTRACT_BUILTIN_RULES_H_
