// Subcommands whose engines are not built yet: they exist so that --help
// documents the whole program, and fail with exit status 2 when run.
#include "cli/commands.h"

namespace figcheck::cli {
namespace {
void Pending(CLI::App* app, CommandState* state, const char* name, const char* help) {
  auto* cmd = app->add_subcommand(name, help);
  cmd->allow_extras();
  cmd->callback([state, name] {
    state->exit_code = Fail(std::string("'") + name + "' is not available in this build yet");
  });
}
}  // namespace

void AddPendingCommands(CLI::App* app, CommandState* state) {
  Pending(app, state, "check", "Check drafts against reference sources (for CI)");
}

}  // namespace figcheck::cli
