// figcheck report and figcheck check: compare the figures of several
// sources, render the report, and set the exit status by --fail-on.
#include <unistd.h>

#include <fstream>
#include <iostream>
#include <thread>

#include "cli/collect.h"
#include "cli/commands.h"
#include "figcheck/compare.h"
#include "figcheck/render.h"

namespace figcheck::cli {
namespace {


void AddReportFlags(CLI::App* cmd, ReportFlags* r, const char* default_format) {
  cmd->add_option("--format", r->format,
                  std::string("Output: text, json, markdown, sarif, check or github (default ") +
                      default_format + ")")
      ->check(CLI::IsMember({"text", "json", "markdown", "sarif", "check", "github"}));
  cmd->add_option("--fail-on", r->fail_on,
                  "Exit 1 when a finding is at or above: error (default), warning, note or none")
      ->check(CLI::IsMember({"error", "warning", "note", "none"}));
  cmd->add_option("--color", r->color, "Colour in text output: auto, always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  cmd->add_option("--jobs,-j", r->jobs, "Documents analyzed in parallel (default: all cores)");
  cmd->add_flag("--agreements", r->agreements, "Also list the groups that agree");
  cmd->add_option("--baseline", r->baseline, "Accepted findings to suppress (a baseline file)");
  cmd->add_option("--write-baseline", r->write_baseline,
                  "Write the findings to FILE as a baseline, then report as usual");
}

// Applies .figcheck.yaml severity overrides: a finding type ("conflict")
// or a claim key ("casualties.killed").
void ApplySeverities(const Config& config, ComparePolicy* policy) {
  for (const auto& [name, severity] : config.severity) {
    bool is_type = false;
    for (const FindingType& t : FindingTypes()) is_type |= name == t.name;
    if (is_type) {
      policy->severity[name] = severity;
    } else {
      policy->keys[name].severity["*"] = severity;
    }
  }
}

int Run(const InputFlags& input, const ReportFlags& r, bool check_mode) {
  auto config = LoadConfigFor(input);
  if (!config.ok()) return Fail(config.status());
  auto checker = MakeChecker(input);
  if (!checker.ok()) return Fail(checker.status());

  std::string fail_name = r.fail_on;
  if (fail_name.empty()) {
    fail_name = config->fail_on ? SeverityName(*config->fail_on) : "error";
  }
  const Severity fail_on = ParseSeverity(fail_name).value_or(Severity::kError);
  const std::string format_name = r.format.empty() ? (check_mode ? "check" : "text") : r.format;
  const ReportFormat format = ParseReportFormat(format_name).value_or(ReportFormat::kText);

  CollectOptions co;
  co.jobs = r.jobs > 0 ? r.jobs : std::max(1u, std::thread::hardware_concurrency());
  co.progress = true;
  Collected collected;
  Status st = CollectClaims(**checker, input, co, &collected);
  if (!st.ok()) return Fail(st);
  std::vector<uint32_t> drafts;
  if (check_mode) {
    for (uint32_t i = 0; i < collected.sources.size(); ++i) drafts.push_back(i);
    InputFlags against = input;
    against.sources = r.against;
    st = CollectClaims(**checker, against, co, &collected);
    if (!st.ok()) return Fail(st);
  }

  ComparePolicy policy = (*checker)->MakeComparePolicy();
  ApplySeverities(*config, &policy);
  policy.include_agreements = r.agreements;
  Report report = Compare(std::move(collected.sources), std::move(collected.claims), policy);

  RenderOptions ro;
  ro.only_sources = drafts;
  ro.tool_version = Version();
  ro.color = r.color == "always" || (r.color == "auto" && isatty(STDOUT_FILENO));
  if (!r.baseline.empty()) {
    std::ifstream in(r.baseline, std::ios::binary);
    if (!in) return Fail(Status(StatusCode::kNotFound, "cannot open baseline file",
                                SourceLocation{r.baseline, 0, 0}));
    auto baseline = ReadBaseline(in, r.baseline);
    if (!baseline.ok()) return Fail(baseline.status());
    ApplyBaseline(*baseline, &report);
  }
  if (!r.write_baseline.empty()) {
    std::ofstream out(r.write_baseline, std::ios::binary);
    if (!out) return Fail(Status(StatusCode::kIoError, "cannot write baseline file",
                                 SourceLocation{r.write_baseline, 0, 0}));
    WriteBaseline(report, ro, out);
  }
  RenderReport(report, format, ro, std::cout);
  std::cout.flush();
  const Severity worst = HighestSeverity(report, drafts);
  return fail_on != Severity::kNone && worst >= fail_on && worst != Severity::kNone
             ? kExitFindings
             : kExitOk;
}

}  // namespace

void AddReportCommand(CLI::App* app, CommandState* state) {
  ReportFlags& flags = state->report;
  auto* cmd = app->add_subcommand(
      "report", "Compare the figures of several sources and report where they disagree");
  AddInputFlags(cmd, &state->input, true);
  AddReportFlags(cmd, &flags, "text");
  cmd->callback([state] { state->exit_code = Run(state->input, state->report, false); });
}

void AddCheckCommand(CLI::App* app, CommandState* state) {
  ReportFlags& flags = state->check;
  auto* cmd = app->add_subcommand(
      "check", "Check drafts against reference sources: only findings involving a draft (CI)");
  AddInputFlags(cmd, &state->input, true);
  AddReportFlags(cmd, &flags, "check");
  cmd->add_option("--against", flags.against, "Reference sources (files, directories or -)")
      ->required()
      ->expected(1, -1);
  cmd->callback([state] { state->exit_code = Run(state->input, state->check, true); });
}

}  // namespace figcheck::cli
