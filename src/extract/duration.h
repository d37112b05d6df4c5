// Durations: "44 يوما", "ثلاثة أسابيع", the duals that carry their own
// count ("يومين", "عامين", "سنتين"), "44 days", "a 44-day war", "3 to 5
// weeks", with hedges ("نحو عامين", "more than three months") applied by
// the quantity grammar's ApplyHedge, which reads the policy in YAML.
//
// A duration's interval is on its amount; DurationValue bounds its length
// in days: a month is 28..31 days and a year 365..366, so "شهرين" is 56..62
// days, and a hedge widens both ends.
#ifndef FIGCHECK_EXTRACT_DURATION_H_
#define FIGCHECK_EXTRACT_DURATION_H_

#include <optional>

#include "extract/candidate.h"
#include "extract/date_vocab.h"
#include "extract/quantity_grammar.h"

namespace figcheck::extract {

// The bounds in days of a duration whose amount lies in `amount`, in
// `unit`s. An unbounded side stays infinite; a negative low becomes 0.
void SetDurationDays(const Interval& amount, DurationUnit unit, DurationValue* d);

class DurationReader {
 public:
  DurationReader(const DateVocab& vocab, const QuantityGrammar& quantities,
                 const SentenceContext& ctx)
      : v_(vocab), q_(quantities), ctx_(ctx) {}

  // The duration starting at token i (its hedge may start earlier), as a
  // candidate of priority 20.
  std::optional<Candidate> Read(size_t i) const;

 private:
  const DateVocab& v_;
  const QuantityGrammar& q_;
  const SentenceContext& ctx_;
};

}  // namespace figcheck::extract

#endif  // FIGCHECK_EXTRACT_DURATION_H_
