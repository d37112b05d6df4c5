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
};

void AddInputFlags(CLI::App* cmd, InputFlags* flags, bool allow_claims_input);

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
