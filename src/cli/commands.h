// The subcommands of the figcheck program. Each Add*Command registers one
// subcommand whose callback runs it and sets state->exit_code.
#ifndef FIGCHECK_CLI_COMMANDS_H_
#define FIGCHECK_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>

#include "cli/common.h"

namespace figcheck::cli {

// Flags of report and check.
struct ReportFlags {
  std::string format;
  std::string fail_on;
  std::string color = "auto";
  unsigned jobs = 0;
  bool agreements = false;
  std::string baseline;
  std::string write_baseline;
  // check only
  std::vector<std::string> against;
};

struct CommandState {
  int exit_code = kExitOk;
  InputFlags input;
  std::string format;
  bool mentions = false;
  bool normalize_map = false;
  ReportFlags report;
  ReportFlags check;
  // rules and explain
  std::vector<std::string> rule_paths;
  std::string rules_lang;
  std::string explain_text;
  std::string explain_file;
};

void AddNormalizeCommand(CLI::App* app, CommandState* state);
void AddExtractCommand(CLI::App* app, CommandState* state);
void AddReportCommand(CLI::App* app, CommandState* state);
void AddRulesCommand(CLI::App* app, CommandState* state);
void AddExplainCommand(CLI::App* app, CommandState* state);
void AddCheckCommand(CLI::App* app, CommandState* state);

}  // namespace figcheck::cli

#endif  // FIGCHECK_CLI_COMMANDS_H_
