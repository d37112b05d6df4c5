// figcheck extract: the figures of each input, as mentions (--mentions) or
// claims.
#include <iostream>

#include "cli/collect.h"
#include "cli/commands.h"
#include "figcheck/render.h"

namespace figcheck::cli {

void AddExtractCommand(CLI::App* app, CommandState* state) {
  auto* cmd = app->add_subcommand(
      "extract", "Print the claims found in each input (with --mentions: every figure)");
  AddInputFlags(cmd, &state->input, false);
  cmd->add_flag("--mentions", state->mentions, "Print every mention, not only claims");
  cmd->add_option("--format", state->format, "Output format: jsonl, json or text")
      ->check(CLI::IsMember({"jsonl", "json", "text"}));
  cmd->callback([state] {
    auto checker = MakeChecker(state->input);
    if (!checker.ok()) {
      state->exit_code = Fail(checker.status());
      return;
    }
    const std::string& f = state->format.empty() ? std::string("jsonl") : state->format;
    const MentionFormat format =
        f == "json" ? MentionFormat::kJson : (f == "text" ? MentionFormat::kText : MentionFormat::kJsonl);
    const bool mentions = state->mentions;
    if (format == MentionFormat::kJson) {
      mentions ? BeginMentionsJson(std::cout) : BeginClaimsJson(std::cout);
    }
    uint32_t source = 0;
    Status st = ForEachDocument(**checker, state->input, [&](const Document& doc) {
      if (mentions) {
        RenderMentions(doc, (*checker)->Mentions(doc), format, std::cout);
      } else {
        // The claims report and check compare: without those an inline
        // figcheck-ignore comment silences, so that extract | report
        // --input claims gives the report of the documents.
        std::vector<Claim> claims = (*checker)->Claims(doc, source);
        DropIgnoredClaims(doc.text(), &claims);
        RenderClaims(doc.info(), source, claims, format, std::cout);
      }
      ++source;
      return Status::Ok();
    });
    if (format == MentionFormat::kJson) {
      mentions ? EndMentionsJson(std::cout) : EndClaimsJson(std::cout);
    }
    state->exit_code = st.ok() ? kExitOk : Fail(st);
  });
}

}  // namespace figcheck::cli
