// The date and duration grammar: Gregorian and Hijri dates in two month-name
// traditions, day ranges, weekdays, relative dates resolved from the
// document date, and durations, for one language, over lexicons from the
// rule packs (rules/<lang>/dates.yaml, ...).
#ifndef FIGCHECK_EXTRACT_DATE_GRAMMAR_H_
#define FIGCHECK_EXTRACT_DATE_GRAMMAR_H_

#include <string>
#include <vector>

#include "extract/candidate.h"
#include "extract/quantity_grammar.h"
#include "rulebook/rule_book.h"

namespace figcheck::extract {

class DateGrammar {
 public:
  DateGrammar(const rulebook::RuleBook& book, const std::string& lang,
              const QuantityGrammar& quantities);

  // Proposes every date, duration and time-of-day mention of the sentence.
  void Find(const SentenceContext& ctx, std::vector<Candidate>* out) const;

 private:
  std::string lang_;
  const rulebook::RuleBook& book_;
  const QuantityGrammar& quantities_;
};

}  // namespace figcheck::extract

#endif  // FIGCHECK_EXTRACT_DATE_GRAMMAR_H_
