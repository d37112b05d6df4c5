// NumberVocabulary: the lexicons the quantity grammar reads, for one
// language, with each entry's attributes decoded once at load time.
//
// The grammar in this directory knows roles ("unit", "scale", "approx"...),
// never words: every word comes from a rule pack (rules/<lang>/numbers.yaml,
// hedges.yaml, units.yaml), so a rule author adds a dialect spelling without
// recompiling. Decoding turns the string attributes of rulebook::LexEntry
// into a small struct per entry, so the hot loop never parses text.
//
// A missing lexicon is an empty one: a pack without currencies just finds no
// money.
#ifndef FIGCHECK_EXTRACT_NUMBER_VOCABULARY_H_
#define FIGCHECK_EXTRACT_NUMBER_VOCABULARY_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/hedge.h"
#include "rulebook/word_set.h"
#include "rulebook/rule_book.h"
#include "text/token.h"

namespace figcheck::extract {

// What a number word does in a compound (rules/ar/numbers.yaml explains).
enum class WordRole : uint8_t { kNone, kUnit, kTeen, kTen, kHundred, kScale, kOpen, kJoin };

enum class HedgePosition : uint8_t { kBefore, kAfter, kEither };

// One lexicon entry as the grammar sees it. Which fields mean something
// depends on the lexicon; unused ones keep their defaults.
struct WordInfo {
  WordRole role = WordRole::kNone;
  double value = 0;          // number, scale, fraction, vague low bound
  double high = 0;           // vague high bound
  double factor = 1;         // currencies: a subunit's share of the unit ("cents": 0.01)
  bool plural = false;       // needs a multiplier ("آلاف", "quarters")
  bool dual = false;         // means two of itself ("ألفين")
  bool weak = false;         // not reported alone ("one", "واحد")
  bool standalone = true;    // a number only inside a compound when false
  bool abbrev = false;       // follows digits only ("bn", "k")
  bool money_only = false;   // only after a currency ("$3m")
  bool bare = true;          // fractions: may stand alone; joins: need no opener
  bool needs_scale = false;  // vague: only before a scale ("tens of thousands")
  bool attached = false;     // joiners: may be written as a prefix
  bool after_scale = false;  // joiners: only right after a magnitude
  bool group = false;        // separators: between digit groups
  bool decimal = false;      // separators: a decimal point
  bool pm = false;           // time suffixes: after noon
  bool hijri = false;        // year suffixes: Hijri calendar
  Hedge hedge = Hedge::kNone;
  HedgePosition position = HedgePosition::kBefore;
  std::string unit;  // percent units: "percent"/"pp"; currencies: ISO code
  std::string pair;  // range markers: which opener a join closes
};

// A lexicon with its decoded entries.
class VocabLexicon {
 public:
  struct Match {
    const WordInfo* info = nullptr;
    size_t begin = 0;
    size_t end = 0;
    uint32_t clitic_len = 0;  // bytes of prefix on the first token
  };

  VocabLexicon() = default;
  VocabLexicon(const rulebook::Lexicon* lex, std::vector<WordInfo> infos);

  // The longest entry at token i (clitics allowed on the first token).
  std::optional<Match> At(const text::TokenView& tv, size_t i) const;
  // The longest entry ending exactly at token `end`, clitics allowed, that
  // `accept` takes.
  template <typename Pred>
  std::optional<Match> EndingAt(const text::TokenView& tv, size_t end, Pred accept) const {
    for (size_t n = max_len_; n >= 1; --n) {
      if (n > end) continue;
      auto m = At(tv, end - n);
      if (m && m->end == end && accept(*m->info)) return m;
    }
    return std::nullopt;
  }
  // The entry whose single token is `word` (no clitics), or nullptr.
  const WordInfo* Info(std::string_view word) const;
  // True when the single token `word` is an entry (no clitics).
  bool Contains(std::string_view word) const { return lex_ && lex_->Find(word) != nullptr; }
  bool empty() const { return lex_ == nullptr || lex_->entries.empty(); }
  const rulebook::Lexicon* lexicon() const { return lex_; }
  // Adds every string a first token may be for At() to match (with
  // clitics), of the entries `keep` accepts.
  template <typename Pred>
  void AddTriggers(rulebook::WordSet* out, Pred keep) const {
    if (lex_ == nullptr) return;
    for (size_t k = 0; k < lex_->entries.size(); ++k) {
      if (!keep(infos_[k])) continue;
      const std::string& first = lex_->entries[k].tokens.front();
      out->Insert(first);
      for (const std::string& c : lex_->clitics) out->Insert(c + first);
    }
  }

 private:
  const rulebook::Lexicon* lex_ = nullptr;
  std::vector<WordInfo> infos_;  // parallel to lex_->entries
  size_t max_len_ = 0;           // tokens in the longest entry
  // Every first token an entry may match (with clitics): one cheap probe
  // turns most words away before the lexicon's own lookups.
  rulebook::WordSet starts_;
};

// Every lexicon of one language.
struct NumberVocabulary {
  VocabLexicon number_words, number_joiners, number_separators, fraction_suffixes, fractions,
      fraction_links, period_words, definite_articles, vague, vague_links, ordinals,
      ordinal_suffixes, ordinal_prefixes, definite_count_nouns, ordinal_cues, address_words,
      non_numbers, identifier_cues, hedges, range_markers, percent_units, currencies, year_cues,
      year_counted_nouns, year_suffixes, time_suffixes;

  // Loads the lexicons of `lang` (falling back to lang "any").
  static NumberVocabulary Load(const rulebook::RuleBook& book, const std::string& lang);

  // True when a grammar could start reading at this word or punctuation
  // token: one hash lookup, so the common word costs almost nothing.
  // `hash` is the token's text::WordHash (text::Token::hash).
  bool IsTrigger(std::string_view token, uint64_t hash) const;
  // True when `word` may be glued before digits without making them a name
  // ("و3", "ب15", "الـ15" but not "G20"): a clitic of the number words.
  bool IsNumberPrefix(std::string_view word) const;
  // True when `clitic` is a joiner that may be attached ("و"), alone or
  // before the article ("وال"): what may prefix the next word of a compound.
  bool IsJoinerClitic(std::string_view clitic) const;

 private:
  rulebook::WordSet triggers_;
  std::vector<std::string> prefixes_;
  std::vector<std::string> attached_joiners_;
};

}  // namespace figcheck::extract

#endif  // FIGCHECK_EXTRACT_NUMBER_VOCABULARY_H_
