#include "cli/common.h"

#include "cli/collect.h"

#include <iostream>

namespace figcheck::cli {

void AddInputFlags(CLI::App* cmd, InputFlags* f, bool allow_claims_input) {
  cmd->add_option("sources", f->sources,
                  "Files, directories, or - for standard input (the default)");
  auto* input = cmd->add_option("--input", f->input,
                                allow_claims_input
                                    ? "What the sources hold: documents, jsonl or claims"
                                    : "What the sources hold: documents or jsonl");
  if (allow_claims_input) {
    input->check(CLI::IsMember({"documents", "jsonl", "claims"}));
  } else {
    input->check(CLI::IsMember({"documents", "jsonl"}));
  }
  cmd->add_option("--input-format", f->input_format, "Markup: auto, plain, markdown or html")
      ->check(CLI::IsMember({"auto", "plain", "markdown", "html"}));
  cmd->add_option("--encoding", f->encoding, "Encoding of the inputs, e.g. windows-1256");
  cmd->add_option("--include", f->include, "Glob for files found in directories (repeatable)");
  cmd->add_option("--date", f->date, "Document date YYYY-MM-DD for inputs that state none");
  cmd->add_option("--lang", f->lang, "Language of the inputs (ar, en); default: detect");
  AddRuleFlags(cmd, f);
}

void AddRuleFlags(CLI::App* cmd, InputFlags* f) {
  cmd->add_option("--rules", f->rules,
                  "Extra rule directory, layered over the built-in packs (repeatable)")
      ->allow_extra_args(false);
  cmd->add_flag("--no-builtin-rules", f->no_builtin_rules, "Do not load the built-in packs");
  cmd->add_option("--disable", f->disable,
                  "Leave out a claim rule or key; 'casualties.*' for a prefix (repeatable)")
      ->allow_extra_args(false);
  cmd->add_option("--config", f->config, "Configuration file (default: .figcheck.yaml found "
                                         "from the working directory upwards)");
  cmd->add_flag("--no-config", f->no_config, "Do not read a .figcheck.yaml");
}

Result<Config> LoadConfigFor(const InputFlags& f) {
  if (f.no_config) return Config{};
  if (!f.config.empty()) return LoadConfig(f.config);
  return FindConfig(".");
}

int Fail(const std::string& message) {
  std::cerr << "figcheck: " << message << "\n";
  return kExitError;
}

int Fail(const Status& status) { return Fail(status.ToString()); }

Result<CheckerOptions> MakeCheckerOptions(const InputFlags& f) {
  auto config = LoadConfigFor(f);
  if (!config.ok()) return config.status();
  CheckerOptions options;
  options.rule_dirs = config->rule_dirs;
  options.rule_dirs.insert(options.rule_dirs.end(), f.rules.begin(), f.rules.end());
  options.use_builtin_rules = !f.no_builtin_rules && config->builtin_rules.value_or(true);
  options.disabled = config->disabled;
  options.disabled.insert(options.disabled.end(), f.disable.begin(), f.disable.end());
  options.lang = f.lang;
  if (!f.date.empty()) {
    options.fallback_date = CivilDate::ParseIso(f.date);
    if (!options.fallback_date) {
      return Status(StatusCode::kInvalidArgument,
                    "--date: '" + f.date + "' is not a date of the form YYYY-MM-DD");
    }
  }
  return options;
}

Result<std::unique_ptr<Checker>> MakeChecker(const InputFlags& f) {
  auto options = MakeCheckerOptions(f);
  if (!options.ok()) return options.status();
  return Checker::Create(*options);
}

Status ForEachDocument(const Checker& checker, const InputFlags& f,
                       const std::function<Status(const Document&)>& fn) {
  auto reader = InputReader::Open(InputOptionsFor(f));
  if (!reader.ok()) return reader.status();
  DocumentInput input;
  while (true) {
    Result<bool> more = (*reader)->Next(&input);
    if (!more.ok()) return more.status();
    if (!*more) break;
    Result<Document> doc = checker.Read(std::move(input));
    if (!doc.ok()) return doc.status();
    Status st = fn(*doc);
    if (!st.ok()) return st;
  }
  return Status::Ok();
}

}  // namespace figcheck::cli
