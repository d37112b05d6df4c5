#include "extract/number_vocabulary.h"

#include <algorithm>

namespace figcheck::extract {
namespace {

bool Flag(const rulebook::LexEntry& e, std::string_view key, bool fallback) {
  const std::string_view v = e.Attr(key);
  if (v.empty()) return fallback;
  return v == "true" || v == "yes" || v == "1";
}

WordRole RoleFromName(std::string_view r) {
  if (r == "unit") return WordRole::kUnit;
  if (r == "teen") return WordRole::kTeen;
  if (r == "ten") return WordRole::kTen;
  if (r == "hundred") return WordRole::kHundred;
  if (r == "scale") return WordRole::kScale;
  if (r == "open") return WordRole::kOpen;
  if (r == "join") return WordRole::kJoin;
  return WordRole::kNone;
}

WordInfo Decode(const rulebook::LexEntry& e) {
  WordInfo w;
  w.role = RoleFromName(e.Attr("role"));
  // Vague entries give bounds; everything else a value.
  w.value = e.Has("low") ? e.Number("low") : e.Number("value");
  w.high = e.Number("high", w.value);
  w.plural = Flag(e, "plural", false);
  w.dual = Flag(e, "dual", false);
  w.weak = Flag(e, "weak", false);
  w.standalone = Flag(e, "standalone", true);
  w.abbrev = Flag(e, "abbrev", false);
  w.money_only = Flag(e, "money_only", false);
  // Fractions stand alone unless told; range joins need an opener unless told.
  w.bare = Flag(e, "bare", w.role != WordRole::kJoin);
  w.needs_scale = Flag(e, "needs_scale", false);
  w.attached = Flag(e, "attached", false);
  w.after_scale = Flag(e, "after_scale", false);
  w.group = Flag(e, "group", false);
  w.decimal = Flag(e, "decimal", false);
  w.pm = Flag(e, "pm", false);
  w.hijri = e.Attr("calendar") == "hijri";
  w.hedge = HedgeFromName(e.Attr("qualifier")).value_or(Hedge::kNone);
  const std::string_view pos = e.Attr("position");
  w.position = pos == "after" ? HedgePosition::kAfter
                              : (pos == "either" ? HedgePosition::kEither : HedgePosition::kBefore);
  w.unit = std::string(e.Has("code") ? e.Attr("code") : e.Attr("unit"));
  w.factor = e.Number("factor", 1);
  w.pair = std::string(e.Attr("pair"));
  return w;
}

VocabLexicon LoadOne(const rulebook::RuleBook& book, std::string_view name,
                     const std::string& lang) {
  const rulebook::Lexicon* lex = book.FindLexicon(name, lang);
  if (lex == nullptr) return VocabLexicon();
  std::vector<WordInfo> infos;
  infos.reserve(lex->entries.size());
  for (const auto& e : lex->entries) infos.push_back(Decode(e));
  return VocabLexicon(lex, std::move(infos));
}

}  // namespace

VocabLexicon::VocabLexicon(const rulebook::Lexicon* lex, std::vector<WordInfo> infos)
    : lex_(lex), infos_(std::move(infos)) {
  for (const auto& e : lex_->entries) max_len_ = std::max(max_len_, e.tokens.size());
  AddTriggers(&starts_, [](const WordInfo&) { return true; });
  starts_.Build();
}

std::optional<VocabLexicon::Match> VocabLexicon::At(const text::TokenView& tv, size_t i) const {
  if (lex_ == nullptr || i >= tv.size() || !starts_.Contains(tv.text(i), tv.hash(i))) return std::nullopt;
  auto m = lex_->MatchAt(tv, i);
  if (!m) return std::nullopt;
  const size_t index = static_cast<size_t>(m->entry - lex_->entries.data());
  return Match{&infos_[index], m->begin, m->end, static_cast<uint32_t>(m->clitic_len)};
}

const WordInfo* VocabLexicon::Info(std::string_view word) const {
  if (lex_ == nullptr) return nullptr;
  const rulebook::LexEntry* e = lex_->Find(word);
  return e ? &infos_[static_cast<size_t>(e - lex_->entries.data())] : nullptr;
}

NumberVocabulary NumberVocabulary::Load(const rulebook::RuleBook& book, const std::string& lang) {
  NumberVocabulary v;
  const std::pair<const char*, VocabLexicon*> all[] = {
      {"number_words", &v.number_words},
      {"number_joiners", &v.number_joiners},
      {"number_separators", &v.number_separators},
      {"fraction_suffixes", &v.fraction_suffixes},
      {"fractions", &v.fractions},
      {"fraction_links", &v.fraction_links},
      {"period_words", &v.period_words},
      {"definite_articles", &v.definite_articles},
      {"vague", &v.vague},
      {"vague_links", &v.vague_links},
      {"ordinals", &v.ordinals},
      {"ordinal_suffixes", &v.ordinal_suffixes},
      {"ordinal_prefixes", &v.ordinal_prefixes},
      {"definite_count_nouns", &v.definite_count_nouns},
      {"ordinal_cues", &v.ordinal_cues},
      {"address_words", &v.address_words},
      {"non_numbers", &v.non_numbers},
      {"identifier_cues", &v.identifier_cues},
      {"hedges", &v.hedges},
      {"range_markers", &v.range_markers},
      {"percent_units", &v.percent_units},
      {"currencies", &v.currencies},
      {"year_cues", &v.year_cues},
      {"year_counted_nouns", &v.year_counted_nouns},
      {"year_suffixes", &v.year_suffixes},
      {"time_suffixes", &v.time_suffixes},
  };
  for (const auto& [name, lex] : all) *lex = LoadOne(book, name, lang);
  // Words a reading can start at. Cues, suffixes and links are only looked
  // at next to a figure, so they are not triggers.
  const auto every = [](const WordInfo&) { return true; };
  for (const VocabLexicon* lex :
       {&v.fractions, &v.vague, &v.ordinals, &v.ordinal_prefixes, &v.currencies, &v.non_numbers}) {
    lex->AddTriggers(&v.triggers_, every);
  }
  // Not abbreviations ("bn" follows digits), hedges that follow a figure
  // ("or more") nor range joins: each is read next to a figure.
  v.number_words.AddTriggers(&v.triggers_, [](const WordInfo& w) { return !w.abbrev; });
  v.hedges.AddTriggers(&v.triggers_,
                       [](const WordInfo& w) { return w.position != HedgePosition::kAfter; });
  v.range_markers.AddTriggers(&v.triggers_,
                              [](const WordInfo& w) { return w.role == WordRole::kOpen; });
  // A sign or an opening parenthesis may start a figure or a phone number.
  for (const char* p : {"-", "+", "("}) v.triggers_.Insert(p);
  v.triggers_.Build();
  if (const rulebook::Lexicon* words = v.number_words.lexicon()) v.prefixes_ = words->clitics;
  if (const rulebook::Lexicon* js = v.number_joiners.lexicon()) {
    for (const auto& e : js->entries) {
      if (e.tokens.size() == 1 && Flag(e, "attached", false)) {
        v.attached_joiners_.push_back(e.tokens.front());
      }
    }
  }
  if (const rulebook::Lexicon* pre = v.ordinal_prefixes.lexicon()) {
    for (const auto& e : pre->entries) v.prefixes_.push_back(e.tokens.front());
  }
  return v;
}

bool NumberVocabulary::IsTrigger(std::string_view token, uint64_t hash) const {
  return triggers_.Contains(token, hash);
}

bool NumberVocabulary::IsNumberPrefix(std::string_view word) const {
  return std::find(prefixes_.begin(), prefixes_.end(), word) != prefixes_.end();
}

bool NumberVocabulary::IsJoinerClitic(std::string_view clitic) const {
  for (const std::string& j : attached_joiners_) {
    if (clitic.substr(0, j.size()) != j) continue;
    const std::string_view rest = clitic.substr(j.size());
    if (rest.empty() || definite_articles.Contains(rest)) return true;
  }
  return false;
}

}  // namespace figcheck::extract
