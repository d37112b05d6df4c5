// Running the packs' inline examples through the whole pipeline, as a
// document each, and comparing what comes out with what they expect.
//
// Expected fields use the output field names of claims and mentions
// (docs/rules.md); numbers compare as numbers, so `value: 40000` matches
// 40000.0. A claim example also expects the rule's own key and id unless
// it names another key.
#ifndef FIGCHECK_CHECKER_RULE_EXAMPLES_H_
#define FIGCHECK_CHECKER_RULE_EXAMPLES_H_

#include <string>
#include <utility>
#include <vector>

#include "figcheck/figcheck.h"
#include "rulebook/rule_book.h"

namespace figcheck::checker {

using Fields = std::vector<std::pair<std::string, std::string>>;

class ExampleRunner {
 public:
  explicit ExampleRunner(const Checker& checker) : checker_(checker) {}

  // A claim rule's example (the rule must make the expected claims) or
  // counter-example (the rule must make no claim). A veto's example: it
  // must veto a figure (whose would-be claim has the expected fields); its
  // counter-example: it must veto none.
  void ClaimExample(const rulebook::ClaimRule& rule, const rulebook::ClaimExample& ex, bool counter,
                    RuleTestResult* result) const;
  // A pack's mention example: exactly the expected mentions, in order.
  void MentionExample(const rulebook::MentionExample& ex, RuleTestResult* result) const;
  // What the rules did on a claim example's text.
  std::vector<SentenceTrace> Explain(const rulebook::ClaimExample& ex) const;

 private:
  void VetoExample(const rulebook::ClaimRule& rule, const rulebook::ClaimExample& ex, bool counter,
                   const Document& doc, RuleTestFailure f, RuleTestResult* result) const;
  Result<Document> Read(const std::string& text, const std::string& lang, const std::string& date,
                        const SourceLocation& where) const;

  const Checker& checker_;
};

// Whether a JSON object (a claim's or a mention's) has every expected field.
bool JsonHasFields(const std::string& json, const Fields& expected);

}  // namespace figcheck::checker

#endif  // FIGCHECK_CHECKER_RULE_EXAMPLES_H_
