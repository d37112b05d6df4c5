// The quantity grammar: numbers in digits and words, magnitudes, hedges,
// ranges, percentages, fractions, money, ordinals, years, times, phone
// numbers and list markers, for one language, over lexicons from the rule
// packs (rules/<lang>/numbers.yaml, hedges.yaml, units.yaml).
//
// The grammar is generic: it knows roles ("unit", "scale", "approx",
// "open"/"join"), never words, so a rule author adds a dialect word to a
// YAML lexicon without recompiling. Reading goes left to right; at each
// token that could start something (a digit run, or a word or sign in the
// vocabulary's trigger set) it tries, in order:
//   1. shapes that are not counts: numeric dates (left to the date grammar),
//      times, phone numbers, list markers, names ("G20", "رقم 2254");
//   2. ordinals ("15th", "الـ15", "الخامس عشر");
//   3. a quantity: [hedge] [range opener] figure [join figure] [hedge],
//      where a figure is a cardinal with its unit, a fraction or a vague
//      quantity (quantity_figure.h). A plain four-digit number is a year
//      after a year cue, before a year mark ("2020م"), or when it lies in
//      1900..2100.
// Hedges become intervals by the policy widths (hedge.h).
#ifndef FIGCHECK_EXTRACT_QUANTITY_GRAMMAR_H_
#define FIGCHECK_EXTRACT_QUANTITY_GRAMMAR_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/candidate.h"
#include "extract/hedge.h"
#include "extract/number_cardinal.h"
#include "extract/number_ordinals.h"
#include "extract/number_reader.h"
#include "extract/number_shapes.h"
#include "extract/number_vocabulary.h"
#include "extract/quantity_figure.h"
#include "rulebook/rule_book.h"

namespace figcheck::extract {

class QuantityGrammar {
 public:
  QuantityGrammar(const rulebook::RuleBook& book, const std::string& lang);
  QuantityGrammar(const QuantityGrammar&) = delete;
  QuantityGrammar& operator=(const QuantityGrammar&) = delete;

  // Proposes every quantity mention of the sentence.
  void Find(const SentenceContext& ctx, std::vector<Candidate>* out) const;

  // The cardinal starting at token i, if any (used by the date and duration
  // grammars for "ثلاثة أسابيع", "two years"). Digits and words, with
  // magnitudes; "15th" is not a cardinal.
  std::optional<CardinalParse> ParseCardinal(const text::TokenView& tv, size_t i) const;

  // Widens a figure's interval by the hedge words just before token `begin`
  // (and after `end`), per the policy; returns the first token of the hedge
  // (or `begin`) and updates *end past a trailing hedge. m->value must hold
  // the figure (or m->interval the range).
  size_t ApplyHedge(const SentenceContext& ctx, size_t begin, size_t* end, Mention* m) const;

  const NumberVocabulary& vocabulary() const { return vocab_; }

 private:
  // Reads whatever starts at token i; returns the token after it (or i when
  // nothing does).
  size_t ReadAt(const SentenceContext& ctx, size_t i, std::vector<Candidate>* out) const;
  size_t ReadQuantity(const SentenceContext& ctx, size_t i, std::vector<Candidate>* out) const;
  // The second figure of a range after f1 and the two ends with shared
  // units and magnitudes ("بين 40 و50 ألف", "$3-5bn").
  bool ReadRange(const text::TokenView& tv, const Figure& f1, std::string_view pair, Figure* a,
                 Figure* b) const;
  std::optional<VocabLexicon::Match> TrailingHedge(const text::TokenView& tv, size_t end) const;
  // When f is a year: the token after it (past a mark such as "م"), and
  // whether the mark says Hijri.
  std::optional<size_t> YearEnd(const text::TokenView& tv, const Figure& f, bool* hijri) const;
  size_t YearSpanEnd(const text::TokenView& tv, const Figure& first, size_t end,
                     std::vector<Candidate>* out) const;

  // What a reading found at token i, turned into candidates (defined in
  // quantity_mentions.cc). Each returns the token after what it used.
  struct Lead {  // the hedge and range opener before the first figure
    Hedge hedge = Hedge::kNone;
    uint32_t hedge_clitic = 0;
    bool open = false;
    size_t open_at = 0;
    uint32_t open_clitic = 0;
  };
  size_t EmitFigure(const SentenceContext& ctx, size_t i, const Lead& lead, const Figure& f,
                    std::vector<Candidate>* out) const;
  size_t EmitRange(const SentenceContext& ctx, size_t i, const Lead& lead, const Figure& a,
                   const Figure& b, std::vector<Candidate>* out) const;

  std::string lang_;
  const rulebook::RuleBook& book_;
  NumberVocabulary vocab_;
  NumberReader numbers_;
  FigureReader figures_;
  ShapeReader shapes_;
  OrdinalReader ordinals_;
};

}  // namespace figcheck::extract

#endif  // FIGCHECK_EXTRACT_QUANTITY_GRAMMAR_H_
