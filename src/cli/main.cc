// The figcheck program: subcommands, exit codes, one-line errors.
#include <CLI/CLI.hpp>

#include <exception>
#include <iostream>

#include "cli/commands.h"

namespace {

constexpr const char* kExitCodesHelp =
    "Exit status: 0 success (no finding at or above --fail-on); 1 findings at or above "
    "--fail-on (and, for 'rules lint' and 'rules test', errors or failures found); 2 usage or "
    "input error (bad flag, missing or unreadable file, undecodable input, malformed rules).";

int Run(int argc, char** argv) {
  using namespace figcheck::cli;
  CLI::App app("figcheck: checks that sources agree on their figures", "figcheck");
  app.footer(kExitCodesHelp);
  app.set_version_flag("--version", std::string("figcheck ") + figcheck::Version());
  app.require_subcommand(1);
  CommandState state;
  AddReportCommand(&app, &state);
  AddExtractCommand(&app, &state);
  AddNormalizeCommand(&app, &state);
  AddRulesCommand(&app, &state);
  AddExplainCommand(&app, &state);
  AddCheckCommand(&app, &state);
  for (CLI::App* sub : app.get_subcommands({})) sub->footer(kExitCodesHelp);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::string msg = e.what();
    std::cerr << "figcheck: " << msg << " (see figcheck --help)\n";
    return kExitError;
  }
  return state.exit_code;
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  try {
    return Run(argc, argv);
  } catch (const std::exception& e) {  // a bug: still one line, still exit 2
    std::cerr << "figcheck: internal error: " << e.what() << "\n";
    return 2;
  }
}
