// NumberReader: cardinals in digits and in words, with magnitudes.
//
// Digits: a run of ASCII digits in the normalized view (every script's
// digits are ASCII there), with group separators ("1,234,567", "26،013",
// "1 234 567": exactly three digits after each mark), a decimal part
// ("3.5", "٣٫٥", and "3,5" where the language's separators allow it) and a
// sign glued before ("-0.5").
//
// Words: a compound is read left to right into the place slots of the
// current group (hundreds, tens, units) and multiplied out at each
// magnitude word, as in "خمسمائة وخمسة وعشرون" = 500 + 5 + 20 or
// "one hundred and thirty-six thousand" = (100 + 36) x 1000. A word may fill
// only empty slots, so "five and ten" or "خمسة وعشرة" stop after the first
// word and read as two numbers. Rising from units to tens needs a joiner
// ("واحد وعشرون"); a teen word right after a unit adds ten ("ثلاثة عشر");
// "hundred" multiplies a unit before it ("ثلاثة مائة", "three hundred").
// Magnitudes fall from left to right ("مليار و500 مليون"), and digits may
// fill a group after a magnitude. A group that runs into a magnitude it
// cannot take ("40 ألف و50 ألف") is left for the next number.
#ifndef FIGCHECK_EXTRACT_NUMBER_READER_H_
#define FIGCHECK_EXTRACT_NUMBER_READER_H_

#include <cstddef>
#include <limits>
#include <optional>

#include "extract/number_cardinal.h"
#include "extract/number_vocabulary.h"
#include "text/token.h"

namespace figcheck::extract {

class NumberReader {
 public:
  explicit NumberReader(const NumberVocabulary& vocab) : vocab_(vocab) {}

  struct Options {
    bool money = false;  // a currency came before: "m" and "b" are magnitudes
    size_t limit = std::numeric_limits<size_t>::max();  // read no token at or past this
  };

  // The cardinal starting at token i, or nullopt.
  std::optional<CardinalParse> Read(const text::TokenView& tv, size_t i,
                                    const Options& options) const;
  // Digits only (with grouping, decimals and sign) at token i.
  std::optional<CardinalParse> ReadDigits(const text::TokenView& tv, size_t i) const;
  // A "-" or "+" glued before digits that is a sign, not a dash.
  bool IsSignAt(const text::TokenView& tv, size_t i) const;

 private:
  struct Group;
  struct State;
  struct Step;
  bool NextStep(const text::TokenView& tv, size_t k, const State& s, const Options& o,
                Step* step) const;
  bool Apply(const Step& step, const Options& o, State* s) const;
  bool TakeFraction(const text::TokenView& tv, const Options& o, State* s) const;
  size_t ReadGroups(const text::TokenView& tv, size_t end, CardinalParse* p) const;

  const NumberVocabulary& vocab_;
};

// Integer value of a run of ASCII digits (exact below 2^53).
double DigitValue(std::string_view digits);

}  // namespace figcheck::extract

#endif  // FIGCHECK_EXTRACT_NUMBER_READER_H_
