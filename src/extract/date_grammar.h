// The date and duration grammar: Gregorian and Hijri dates in two month-name
// traditions, day ranges, weekdays, relative dates resolved from the
// document date, durations and times of day, for one language, over
// lexicons from the rule packs (rules/<lang>/dates.yaml, durations.yaml).
//
// The pieces: date_phrase.h reads calendar phrases (date_numeric.h the
// numeric ones), date_deixis.h relative ones, date_time.h clock times and
// duration.h durations; date_resolve.h and relative.h place them on the
// calendar (hijri.h through ICU). This class runs them over a sentence and
// turns what they read into candidates: dates of priority 30, durations and
// times of priority 20.
#ifndef FIGCHECK_EXTRACT_DATE_GRAMMAR_H_
#define FIGCHECK_EXTRACT_DATE_GRAMMAR_H_

#include <string>
#include <vector>

#include "extract/candidate.h"
#include "extract/date_parts.h"
#include "extract/date_vocab.h"
#include "extract/quantity_grammar.h"
#include "extract/relative.h"
#include "rulebook/rule_book.h"

namespace figcheck::extract {

class DateGrammar {
 public:
  DateGrammar(const rulebook::RuleBook& book, const std::string& lang,
              const QuantityGrammar& quantities);

  // Proposes every date, duration and time-of-day mention of the sentence.
  void Find(const SentenceContext& ctx, std::vector<Candidate>* out) const;

  const DateVocab& vocab() const { return vocab_; }

 private:
  // Adds the dates of `p`; false when it names no real day ("31 فبراير").
  bool AddPhrase(const DatePhrase& p, const DateEnv& env, std::vector<Candidate>* out) const;
  // A time at token i, and the date a scraped dateline ran into it.
  void AddTime(const text::TokenView& tv, size_t i, const DateEnv& env,
               std::vector<Candidate>* out) const;
  bool FutureCueBefore(const text::TokenView& tv, size_t i) const;
  // Bytes of a conjunction or preposition written onto token i that the
  // grammar read past ("والخميس", "وأمس", "ونحو عامين"): what a mention
  // starting there leaves out, as quantities do ("ونحو 300" is «نحو 300»).
  // 0 when some lexicon reads the token as it is ("فبراير" is a month, not
  // "ف" + "براير").
  size_t LeadClitic(const text::TokenView& tv, size_t i) const;

  const QuantityGrammar& quantities_;
  DateVocab vocab_;
};

}  // namespace figcheck::extract

#endif  // FIGCHECK_EXTRACT_DATE_GRAMMAR_H_
