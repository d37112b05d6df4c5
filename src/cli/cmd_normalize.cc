// figcheck normalize: prints the normalized view of each input with its
// sentence boundaries, and (--map) the offset map back to the source. A
// debugging aid for rule authors.
#include <iostream>

#include "cli/commands.h"

namespace figcheck::cli {

void AddNormalizeCommand(CLI::App* app, CommandState* state) {
  auto* cmd = app->add_subcommand(
      "normalize", "Print the normalized view, one sentence a line, and its offset map");
  auto* flags = &state->input;
  AddInputFlags(cmd, flags, false);
  cmd->add_flag("--map", state->normalize_map, "Also print the offset map (normalized -> source)");
  cmd->callback([state] {
    auto checker = MakeChecker(state->input);
    if (!checker.ok()) {
      state->exit_code = Fail(checker.status());
      return;
    }
    Status st = ForEachDocument(**checker, state->input, [&](const Document& doc) {
      std::cout << "# " << doc.info().source_name;
      if (doc.info().date) {
        std::cout << " date=" << doc.info().date->ToIso() << " ("
                  << DateOriginName(doc.info().date_origin) << ")";
      }
      std::cout << " encoding=" << doc.encoding() << "\n";
      const std::string_view norm = doc.normalized();
      for (const SentenceInfo& s : doc.Sentences()) {
        const Position p = doc.PositionOf(s.source.begin);
        std::cout << p.line << ':' << p.column << " [" << s.lang << "] "
                  << norm.substr(s.norm.begin, s.norm.size()) << "\n";
      }
      if (state->normalize_map) {
        std::cout << "# map: normalized [begin,end) -> source [begin,end) bytes\n";
        for (const MapPiece& m : doc.NormalizationMap()) {
          std::cout << (m.copy ? "copy    " : "replace ") << m.norm.begin << ',' << m.norm.end
                    << " -> " << m.source.begin << ',' << m.source.end << "\n";
        }
      }
      return Status::Ok();
    });
    state->exit_code = st.ok() ? kExitOk : Fail(st);
  });
}

}  // namespace figcheck::cli
