// figcheck rules lint|test|list: the rule author's tools.
#include <iostream>
#include <map>

#include "cli/commands.h"

namespace figcheck::cli {

namespace {

// PATHs given to lint or test are packs too: load them over the others.
Result<CheckerOptions> OptionsWithPaths(const CommandState& state) {
  auto options = MakeCheckerOptions(state.input);
  if (!options.ok()) return options;
  for (const std::string& p : state.rule_paths) {
    if (std::find(options->rule_dirs.begin(), options->rule_dirs.end(), p) ==
        options->rule_dirs.end()) {
      options->rule_dirs.push_back(p);
    }
  }
  return options;
}

int Lint(const CommandState& state) {
  auto options = MakeCheckerOptions(state.input);
  if (!options.ok()) return Fail(options.status());
  int errors = 0, warnings = 0;
  for (const RuleDiagnostic& d : LintRules(*options, state.rule_paths)) {
    std::cout << d.ToString() << "\n";
    (d.level == Severity::kError ? errors : warnings)++;
  }
  std::cout << errors << (errors == 1 ? " error, " : " errors, ") << warnings
            << (warnings == 1 ? " warning\n" : " warnings\n");
  return errors > 0 ? kExitFindings : kExitOk;
}

int Test(const CommandState& state) {
  auto options = OptionsWithPaths(state);
  if (!options.ok()) return Fail(options.status());
  auto checker = Checker::Create(*options);
  if (!checker.ok()) return Fail(checker.status());
  const RuleTestResult r = (*checker)->TestRules(state.rule_paths);
  uint32_t grammar = 0;
  for (const RuleTestFailure& f : r.failures) {
    std::cout << Status(StatusCode::kRuleError, "", f.where).ToString() << "FAIL "
              << (f.rule_id.empty() ? "mention example" : f.rule_id) << "\n"
              << "    text:     " << f.text << "\n"
              << "    expected: " << f.expected << "\n"
              << "    got:      " << f.actual << "\n";
    if (f.missing_mention) {
      ++grammar;
      std::cout << "    (no mention in the text could make this claim: the number and date "
                   "grammars fall short here, not the rule)\n";
    }
  }
  std::cout << r.passed << " passed, " << r.failed << " failed";
  if (grammar > 0) std::cout << " (" << grammar << " for want of a mention)";
  std::cout << "\n";
  return r.failed > 0 ? kExitFindings : kExitOk;
}

int List(const CommandState& state) {
  auto checker = MakeChecker(state.input);
  if (!checker.ok()) return Fail(checker.status());
  struct Totals {
    int rules = 0, examples = 0, counter = 0;
  };
  std::map<std::string, Totals> totals;
  for (const RuleInfo& r : (*checker)->Rules()) {
    if (!state.rules_lang.empty() && r.lang != state.rules_lang) continue;
    std::cout << r.lang << "  " << r.id << "  " << r.key << (r.veto ? " (veto)" : "") << "  "
              << r.kind << "  " << r.examples
              << " examples, " << r.counter_examples << " counter-examples\n";
    Totals& t = totals[r.lang];
    ++t.rules;
    t.examples += r.examples;
    t.counter += r.counter_examples;
  }
  for (const auto& [lang, t] : totals) {
    std::cout << lang << ": " << t.rules << " rules, " << t.examples << " examples, " << t.counter
              << " counter-examples\n";
  }
  return kExitOk;
}

}  // namespace

void AddRulesCommand(CLI::App* app, CommandState* state) {
  auto* rules = app->add_subcommand("rules", "Rule author's tools: lint, test, list");
  rules->require_subcommand(1);

  auto* lint = rules->add_subcommand(
      "lint",
      "Every error and warning in the rule packs, as FILE:LINE:COL: level: message "
      "(exit 1 on errors)");
  lint->add_option("paths", state->rule_paths,
                   "Rule files or directories to lint, loaded over the packs in force; "
                   "warnings are shown for these only");
  AddRuleFlags(lint, &state->input);
  lint->callback([state] { state->exit_code = Lint(*state); });

  auto* test = rules->add_subcommand(
      "test", "Run the rules' examples and counter-examples (exit 1 on any failure)");
  test->add_option("paths", state->rule_paths,
                   "Rule files or directories whose examples to run (default: all)");
  AddRuleFlags(test, &state->input);
  test->callback([state] { state->exit_code = Test(*state); });

  auto* list = rules->add_subcommand("list", "The claim rules in force, with keys and examples");
  list->add_option("--lang", state->rules_lang, "Only rules of this language (ar, en)");
  AddRuleFlags(list, &state->input);
  list->callback([state] { state->exit_code = List(*state); });
}

}  // namespace figcheck::cli
