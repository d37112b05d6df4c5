// Ordinals: "15th", "الـ15", "الخامس عشر", "الحادي والعشرين", "the third",
// "twenty-first". An ordinal names a place in a series, never a count, so it
// is its own kind of mention and its digits are never read as a quantity.
#ifndef FIGCHECK_EXTRACT_NUMBER_ORDINALS_H_
#define FIGCHECK_EXTRACT_NUMBER_ORDINALS_H_

#include <optional>

#include "extract/candidate.h"
#include "extract/number_reader.h"
#include "extract/number_vocabulary.h"
#include "text/token.h"

namespace figcheck::extract {

class OrdinalReader {
 public:
  OrdinalReader(const NumberVocabulary& vocab, const NumberReader& numbers)
      : vocab_(vocab), numbers_(numbers) {}

  // The ordinal starting at token i, or nullopt.
  std::optional<Candidate> Read(const text::TokenView& tv, size_t i) const;

 private:
  // "15th"; "الـ15" unless a magnitude, unit or counted noun follows
  // ("الـ40 ألف", "الـ24 ساعة" are definite counts).
  std::optional<Candidate> Digits(const text::TokenView& tv, size_t i) const;
  // "الخامس", "الخامس عشر", "الخامس والعشرون", "العشرين", "third".
  std::optional<Candidate> Word(const text::TokenView& tv, size_t i) const;
  // "twenty-first", "one hundred and first".
  std::optional<Candidate> Compound(const text::TokenView& tv, size_t i) const;

  const NumberVocabulary& vocab_;
  const NumberReader& numbers_;
};

}  // namespace figcheck::extract

#endif  // FIGCHECK_EXTRACT_NUMBER_ORDINALS_H_
