// figcheck explain: what the claim rules see in a text, what fired, and why
// rules that came close did not.
#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "figcheck/input.h"
#include "figcheck/render.h"

namespace figcheck::cli {

namespace {

std::string Interval(const Mention& m) {
  if (m.date) {
    return m.date->resolved() ? m.date->from.ToIso() + ".." + m.date->to.ToIso()
                              : "unresolved (" + m.date->unresolved + ")";
  }
  char buf[96];
  std::snprintf(buf, sizeof buf, "%s%g, %g%s", m.interval.low_open ? "(" : "[", m.interval.low,
                m.interval.high, m.interval.high_open ? ")" : "]");
  return buf;
}

void PrintSentence(const Document& doc, const SentenceTrace& s) {
  std::cout << "sentence " << s.index + 1 << " [" << s.lang << "]\n"
            << "  normalized: " << s.normalized << "\n";
  if (s.mentions.empty()) {
    std::cout << "  (no figures: claim rules skip this sentence)\n";
  } else {
    std::cout << "  tagged:     " << s.tagged << "\n";
    for (size_t i = 0; i < s.mentions.size(); ++i) {
      const Mention& m = s.mentions[i];
      std::cout << "  mention #" << i << ": " << MentionKindName(m.kind) << " "
                << QualifierName(m.qualifier) << " " << Interval(m) << "  «"
                << doc.text().substr(m.span.begin, m.span.size()) << "»\n";
    }
  }
  if (!s.entities.empty()) {
    std::cout << "  entities:  ";
    for (const std::string& e : s.entities) std::cout << " " << e;
    std::cout << "\n";
  }
  for (const RuleTrace& r : s.rules) {
    switch (r.outcome) {
      case RuleTrace::Outcome::kFired:
        std::cout << "  FIRED      " << r.rule_id << " -> " << ClaimText(doc.info(), r.claim)
                  << "\n             matched «" << r.matched << "»; " << r.reason << "\n";
        break;
      case RuleTrace::Outcome::kVetoed:
        std::cout << "  VETOED     " << r.rule_id << " -> no claim of «" << r.claim.text
                  << "»\n             matched «" << r.matched << "»; " << r.reason << "\n";
        break;
      case RuleTrace::Outcome::kSuperseded:
        std::cout << "  superseded " << r.rule_id << " (" << r.key << ") matched «" << r.matched
                  << "»: " << r.reason << "\n";
        break;
      case RuleTrace::Outcome::kNearMiss:
        std::cout << "  near miss  " << r.rule_id << " (" << r.key << "): " << r.reason << "\n";
        break;
    }
  }
}

int Explain(const CommandState& state) {
  auto checker = MakeChecker(state.input);
  if (!checker.ok()) return Fail(checker.status());
  DocumentInput input;
  if (!state.explain_file.empty()) {
    // Read as report reads it: the decoder, the markup by extension, front
    // matter; "-" is standard input.
    std::error_code ec;
    if (std::filesystem::is_directory(state.explain_file, ec)) {
      return Fail(state.explain_file + ": explain reads one file, not a directory");
    }
    InputOptions options;
    options.paths = {state.explain_file};
    auto reader = InputReader::Open(options);
    if (!reader.ok()) return Fail(reader.status());
    auto got = (*reader)->Next(&input);
    if (!got.ok()) return Fail(got.status());
    if (!*got) return Fail(state.explain_file + ": no document to explain");
  } else if (!state.explain_text.empty()) {
    input.format = InputFormat::kPlain;
    input.bytes = state.explain_text;
    input.info.source_name = "TEXT";
    std::error_code ec;
    if (state.explain_text.find_first_of(" \t\n") == std::string::npos &&
        std::filesystem::is_regular_file(state.explain_text, ec)) {
      std::cerr << "figcheck: note: '" << state.explain_text
                << "' is explained as text; to explain that file, use --file "
                << state.explain_text << "\n";
    }
  } else {
    return Fail("explain needs a TEXT or --file FILE (see figcheck explain --help)");
  }
  if (!state.input.lang.empty()) input.info.lang = state.input.lang;
  auto doc = (*checker)->Read(std::move(input));
  if (!doc.ok()) return Fail(doc.status());
  for (const SentenceTrace& s : (*checker)->Explain(*doc)) PrintSentence(*doc, s);
  return kExitOk;
}

}  // namespace

void AddExplainCommand(CLI::App* app, CommandState* state) {
  auto* cmd = app->add_subcommand(
      "explain",
      "Show the normalized sentences, the mentions, the rules that fired and why "
      "rules that came close did not");
  cmd->add_option("text", state->explain_text, "The text to explain");
  cmd->add_option("--file", state->explain_file,
                  "Explain FILE (text, Markdown or HTML by extension; '-' for standard input)");
  cmd->add_option("--lang", state->input.lang, "Language of the text (ar, en); default: detect")
      ->check(CLI::IsMember({"ar", "en"}));
  cmd->add_option("--date", state->input.date, "Document date YYYY-MM-DD for relative dates");
  AddRuleFlags(cmd, &state->input);
  cmd->callback([state] { state->exit_code = Explain(*state); });
}

}  // namespace figcheck::cli
