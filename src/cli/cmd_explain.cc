// figcheck explain: what the claim rules see in a text, what fired, and why
// rules that came close did not.
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/commands.h"
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
  input.format = InputFormat::kPlain;
  input.info.lang = state.input.lang;
  if (!state.explain_file.empty()) {
    std::ifstream in(state.explain_file, std::ios::binary);
    if (!in) return Fail(state.explain_file + ": cannot read file");
    std::ostringstream buf;
    buf << in.rdbuf();
    input.bytes = buf.str();
    input.info.source_name = state.explain_file;
  } else if (!state.explain_text.empty()) {
    input.bytes = state.explain_text;
    input.info.source_name = "TEXT";
  } else {
    return Fail("explain needs a TEXT or --file FILE (see figcheck explain --help)");
  }
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
  cmd->add_option("--file", state->explain_file, "Read the text from FILE");
  cmd->add_option("--lang", state->input.lang, "Language of the text (ar, en); default: detect")
      ->check(CLI::IsMember({"ar", "en"}));
  cmd->add_option("--date", state->input.date, "Document date YYYY-MM-DD for relative dates");
  AddRuleFlags(cmd, &state->input);
  cmd->callback([state] { state->exit_code = Explain(*state); });
}

}  // namespace figcheck::cli
