// Shared pieces of the figcheck command line: the options most subcommands
// take, the exit codes, and running a callback over every input document.
// The command line uses the public API (include/figcheck/) only.
#ifndef FIGCHECK_CLI_COMMON_H_
#define FIGCHECK_CLI_COMMON_H_

#include <CLI/CLI.hpp>

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "figcheck/config.h"
#include "figcheck/figcheck.h"
#include "figcheck/input.h"

namespace figcheck::cli {

// Exit codes (documented in --help and the README).
inline constexpr int kExitOk = 0;        // success, nothing at or above --fail-on
inline constexpr int kExitFindings = 1;  // findings at or above --fail-on
inline constexpr int kExitError = 2;     // usage or input error

// Options shared by the commands that read documents.
struct InputFlags {
  std::vector<std::string> sources;
  std::string input = "documents";  // documents | jsonl | claims
  std::string input_format = "auto";
  std::string encoding;
  std::vector<std::string> include;
  std::string date;
  std::string lang;
  std::vector<std::string> rules;
  bool no_builtin_rules = false;
  std::vector<std::string> disable;
  std::string config;  // --config FILE; empty: search from the working directory
  bool no_config = false;
};

void AddInputFlags(CLI::App* cmd, InputFlags* flags, bool allow_claims_input);
// The flags that choose rules: --rules, --no-builtin-rules, --disable,
// --config, --no-config (a subset of the input flags, for `rules`).
void AddRuleFlags(CLI::App* cmd, InputFlags* flags);

// The configuration the flags select: --config, else .figcheck.yaml found
// from the working directory upwards, unless --no-config.
Result<Config> LoadConfigFor(const InputFlags& flags);

// Checker options from the configuration and the flags (flags last).
Result<CheckerOptions> MakeCheckerOptions(const InputFlags& flags);

// Prints "figcheck: <message>" on stderr and returns kExitError.
int Fail(const std::string& message);
int Fail(const Status& status);

// Builds a Checker from the flags (rules, date, language).
Result<std::unique_ptr<Checker>> MakeChecker(const InputFlags& flags);

// Reads every input document in order and calls `fn` with each. Stops at the
// first error and returns it.
Status ForEachDocument(const Checker& checker, const InputFlags& flags,
                       const std::function<Status(const Document&)>& fn);

}  // namespace figcheck::cli

#endif  // FIGCHECK_CLI_COMMON_H_
