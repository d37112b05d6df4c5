// Helpers for the date and duration tests: the built-in rule packs, an
// extractor over them, and documents made from strings.
#ifndef FIGCHECK_TESTS_UNIT_EXTRACT_DATE_TESTING_H_
#define FIGCHECK_TESTS_UNIT_EXTRACT_DATE_TESTING_H_

#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "builtin_rules.h"
#include "extract/extractor.h"
#include "figcheck/mention.h"
#include "rulebook/rule_book.h"
#include "text/normalize.h"
#include "text/text_document.h"
#include "text/token.h"

namespace figcheck::testing {

// A plain-text document of `text` in `lang` with document date `date`.
inline std::shared_ptr<const text::TextDocument> MakeDoc(const std::string& text,
                                                         const std::string& lang,
                                                         std::optional<CivilDate> date) {
  DocumentInput in;
  in.info.source_name = "test";
  in.bytes = text;
  in.format = InputFormat::kPlain;
  text::AnalyzeOptions opts;
  opts.fallback_date = date;
  opts.lang = lang;
  auto doc = text::Analyze(std::move(in), opts);
  if (!doc.ok()) throw std::runtime_error(doc.status().ToString());
  return std::move(doc).value();
}

inline std::vector<Mention> Extract(const std::string& text, const std::string& lang,
                                    std::optional<CivilDate> date = std::nullopt) {
  return BuiltinExtractor().Extract(*MakeDoc(text, lang, date));
}

// The mentions the grammars find in `text` read as one sentence, past the
// segmenter (which splits "Muh. 8, 1504 AH" after "Muh.").
inline std::vector<Mention> ExtractOneSentence(const std::string& text, const std::string& lang,
                                               std::optional<CivilDate> date = std::nullopt) {
  static const extract::QuantityGrammar ar_q(*BuiltinRules(), "ar"), en_q(*BuiltinRules(), "en");
  static const extract::DateGrammar ar_d(*BuiltinRules(), "ar", ar_q),
      en_d(*BuiltinRules(), "en", en_q);
  const std::string norm = text::NormalizeString(text);
  std::vector<text::Token> tokens;
  text::Tokenize(norm, Span{0, static_cast<uint32_t>(norm.size())}, &tokens);
  const text::TokenView tv(norm, tokens);
  const extract::SentenceContext ctx{tv, lang, date, BuiltinRules()->policy()};
  std::vector<extract::Candidate> cands;
  (lang == "ar" ? ar_q : en_q).Find(ctx, &cands);
  (lang == "ar" ? ar_d : en_d).Find(ctx, &cands);
  std::vector<Mention> out;
  for (extract::Candidate& c : extract::ResolveOverlaps(std::move(cands))) {
    c.mention.norm_span = c.norm.empty() ? tv.span(c.begin, c.end) : c.norm;
    out.push_back(std::move(c.mention));
  }
  return out;
}

// The mentions of one kind.
inline std::vector<Mention> OfKind(const std::vector<Mention>& ms, MentionKind kind) {
  std::vector<Mention> out;
  for (const Mention& m : ms) {
    if (m.kind == kind) out.push_back(m);
  }
  return out;
}

inline CivilDate D(const char* iso) { return *CivilDate::ParseIso(iso); }

// The shared seeds and corpora: ../shared from the project, or from the
// repository that holds this worktree (../../shared).
inline std::optional<std::string> SharedFile(const std::string& rel) {
  for (const std::string& dir : {std::string(FIGCHECK_SHARED_DIR),
                                 std::string(FIGCHECK_SOURCE_DIR) + "/../../shared"}) {
    const std::string path = dir + "/" + rel;
    std::ifstream in(path, std::ios::binary);
    if (!in) continue;
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
  }
  return std::nullopt;
}

}  // namespace figcheck::testing

#endif  // FIGCHECK_TESTS_UNIT_EXTRACT_DATE_TESTING_H_
