// CardinalParse: a cardinal number read at a token, in digits, words or both.
// Declared apart from the grammar so the readers and the date grammar share
// it without pulling in each other.
#ifndef FIGCHECK_EXTRACT_NUMBER_CARDINAL_H_
#define FIGCHECK_EXTRACT_NUMBER_CARDINAL_H_

#include <cstddef>
#include <cstdint>

namespace figcheck::extract {

// A cardinal read at a token: "44", "40 ألف", "مائة وستة وثلاثون ألف",
// "forty thousand", "2.5 million".
struct CardinalParse {
  double value = 0;
  size_t begin = 0;        // first token
  size_t end = 0;          // one past the last token
  bool words = false;      // spelled out (at least partly)
  bool has_scale = false;  // has a magnitude ("ألف", "million", "bn")
  int decimals = 0;        // digits after the decimal point as written

  // Bytes of a prefix on the first token that is not part of the number:
  // the "و" of "وخمسون", the "ب" of "بثلاثة".
  uint32_t clitic_len = 0;
  // A lone word such as "one" or "واحد": a number, but rarely a figure
  // ("one of them"), so the grammar does not report it alone.
  bool weak = false;
  bool grouped = false;  // digits written with group separators ("1,234")
  bool sign = false;     // digits written with a leading + or -
  int int_digits = 0;    // digits before the decimal point (0 when spelled out)
  // When the number ends with a magnitude: that magnitude and what it
  // multiplied ("50 ألف": 1000 and 50), so "بين 40 و50 ألف" can share it.
  double tail_scale = 0;
  double tail_mult = 0;
  // The group after the last magnitude ("one thousand two": 2; all of a
  // number without one), which "hundredth" multiplies.
  double tail_group = 0;
  // The units place is still empty ("twenty", "one hundred"), so an
  // ordinal unit may complete it ("twenty-first").
  bool open_units = false;
  // The token of the last joiner inside the number ("و" of "خمسة وعشرين"),
  // or 0: where to cut it when "بين خمسة وعشرين" means "between 5 and 20".
  size_t last_join = 0;
};

}  // namespace figcheck::extract

#endif  // FIGCHECK_EXTRACT_NUMBER_CARDINAL_H_
