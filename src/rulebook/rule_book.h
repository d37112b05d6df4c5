// RuleBook: every rule pack loaded, validated and indexed; immutable and
// safe to share between threads once loaded.
//
// A pack is a directory of YAML files (rules/common, rules/ar, rules/en, or
// a user's --rules directory). Each file may hold these top-level fields:
//   lang:      the default language of the file's lexicons, macros, claim
//              rules and examples
//   lexicons:  named word lists with attributes (lexicon.h)
//   policy:    interval widths for hedges (policy below)
//   examples:  texts with the mentions they must yield (`figcheck rules test`)
//   keys:      the claim key catalogue (keys.h)
//   gazetteer: places, events and groups claims are about (gazetteer.h)
//   macros:    named pattern fragments (claim_rule.h)
//   claims:    claim rules (claim_rule.h)
// Packs layer in order: a lexicon named again in a later file adds entries
// to the earlier one, so a user's pack can add a dialect word to a built-in
// list; a later policy field, key field or gazetteer entry overrides an
// earlier one; a claim rule id may be defined once.
// Errors name the file, line and column (see docs/rules.md).
#ifndef FIGCHECK_RULEBOOK_RULE_BOOK_H_
#define FIGCHECK_RULEBOOK_RULE_BOOK_H_

#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "figcheck/rules.h"
#include "figcheck/status.h"
#include "rulebook/claim_rule.h"
#include "rulebook/gazetteer.h"
#include "rulebook/keys.h"
#include "rulebook/lexicon.h"

namespace figcheck::rulebook {

// How wide a hedge makes a figure's interval (rules/common/policy.yaml).
struct Policy {
  double approx_width = 0.10;     // "about 50" -> [45, 55]
  double near_width = 0.10;       // "nearly 50" -> [45, 50)
  double open_bound_width = 1.0;  // "more than 50" -> (50, 100]; "less than 50" -> [0, 50)
  SourceLocation where;
};

// One inline example: a text and the mentions it must yield, in order.
// Each expected mention is a list of field/value pairs compared with the
// mention's JSON fields (numbers numerically).
struct MentionExample {
  std::string text;
  std::string lang;
  std::string date;  // document date for relative dates, or ""
  std::vector<std::vector<std::pair<std::string, std::string>>> mentions;
  SourceLocation where;
};

class RuleBook {
 public:
  // Loads the given files and directories (searched recursively for *.yaml
  // and *.yml, in path order), in order. Returns the first error.
  static Result<std::shared_ptr<const RuleBook>> Load(const std::vector<std::string>& paths);
  // The same, going on past errors: every error and warning found is
  // appended to *diagnostics (for `figcheck rules lint`). The book is
  // returned when there is no error.
  static Result<std::shared_ptr<const RuleBook>> Load(const std::vector<std::string>& paths,
                                                      std::vector<RuleDiagnostic>* diagnostics);

  // The lexicon `name` for `lang`, falling back to the same name with lang
  // "any"; nullptr when neither exists.
  const Lexicon* FindLexicon(std::string_view name, std::string_view lang) const;
  const std::map<std::pair<std::string, std::string>, Lexicon>& lexicons() const {
    return lexicons_;
  }
  // The macro `name` for `lang` (or "any"), or nullptr.
  const Macro* FindMacro(std::string_view name, std::string_view lang) const;
  const std::map<std::pair<std::string, std::string>, Macro>& macros() const { return macros_; }

  const Policy& policy() const { return policy_; }
  const std::vector<MentionExample>& mention_examples() const { return mention_examples_; }
  const std::vector<std::string>& files() const { return files_; }
  const KeyCatalogue& keys() const { return keys_; }
  const Gazetteer& gazetteer() const { return gazetteer_; }
  // Claim rules in load order.
  const std::vector<ClaimRule>& claim_rules() const { return claim_rules_; }

 private:
  friend class RuleBookLoader;
  std::map<std::pair<std::string, std::string>, Lexicon> lexicons_;  // (name, lang)
  std::map<std::pair<std::string, std::string>, Macro> macros_;      // (name, lang)
  Policy policy_;
  std::vector<MentionExample> mention_examples_;
  std::vector<std::string> files_;
  KeyCatalogue keys_;
  Gazetteer gazetteer_;
  std::vector<ClaimRule> claim_rules_;
};

}  // namespace figcheck::rulebook

#endif  // FIGCHECK_RULEBOOK_RULE_BOOK_H_
