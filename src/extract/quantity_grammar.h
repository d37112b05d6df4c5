// The quantity grammar: numbers in digits and words, magnitudes, hedges,
// ranges, percentages, fractions, money, ordinals, years, times, phone
// numbers and list markers, for one language, over lexicons from the rule
// packs (rules/<lang>/numbers.yaml, ...).
#ifndef FIGCHECK_EXTRACT_QUANTITY_GRAMMAR_H_
#define FIGCHECK_EXTRACT_QUANTITY_GRAMMAR_H_

#include <optional>
#include <string>
#include <vector>

#include "extract/candidate.h"
#include "rulebook/rule_book.h"

namespace figcheck::extract {

// A cardinal read at a token: "44", "40 ألف", "مائة وستة وثلاثون ألف",
// "forty thousand", "2.5 million".
struct CardinalParse {
  double value = 0;
  size_t begin = 0;  // first token
  size_t end = 0;    // one past the last token
  bool words = false;      // spelled out (at least partly)
  bool has_scale = false;  // has a magnitude ("ألف", "million", "bn")
  int decimals = 0;        // digits after the decimal point as written
};

class QuantityGrammar {
 public:
  QuantityGrammar(const rulebook::RuleBook& book, const std::string& lang);

  // Proposes every quantity mention of the sentence.
  void Find(const SentenceContext& ctx, std::vector<Candidate>* out) const;

  // The cardinal starting at token i, if any (used by the date and duration
  // grammars for "ثلاثة أسابيع", "two years").
  std::optional<CardinalParse> ParseCardinal(const text::TokenView& tv, size_t i) const;

  // Widens a figure's interval by the hedge words just before token `begin`
  // (and after `end`), per the policy; returns the first token of the hedge
  // (or `begin`) and updates *end past a trailing hedge.
  size_t ApplyHedge(const SentenceContext& ctx, size_t begin, size_t* end, Mention* m) const;

 private:
  std::string lang_;
  const rulebook::RuleBook& book_;
};

}  // namespace figcheck::extract

#endif  // FIGCHECK_EXTRACT_QUANTITY_GRAMMAR_H_
