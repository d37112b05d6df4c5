// Digits that are not counts: clock times, phone numbers, numeric dates,
// list markers and names ("G20", "COVID-19", "رقم 2254").
//
// Each is recognised by its shape so that the figures inside it are never
// reported as quantities. Times, phones and list markers become mentions of
// their own kind; numeric dates are left for the date grammar (nothing is
// proposed, so its candidate stands alone); names are skipped.
//
// A time may run into a date with no space, as scraped datelines do:
// "13:2217/09/2024" is 13:22 then 17/09/2024. The time takes the first two
// digits of "2217" (its mention's byte span ends inside that token) and
// leaves the token itself to the date grammar.
#ifndef FIGCHECK_EXTRACT_NUMBER_SHAPES_H_
#define FIGCHECK_EXTRACT_NUMBER_SHAPES_H_

#include <optional>

#include "extract/candidate.h"
#include "extract/number_vocabulary.h"
#include "text/token.h"

namespace figcheck::extract {

struct Shape {
  size_t end = 0;                 // one past the last token the shape covers
  std::optional<Candidate> cand;  // its mention, or none: tokens to skip
};

class ShapeReader {
 public:
  explicit ShapeReader(const NumberVocabulary& vocab) : vocab_(vocab) {}

  // The shape starting at token i (a digit run, "+" or "("), or nullopt
  // when the digits there may be a quantity.
  std::optional<Shape> Read(const text::TokenView& tv, size_t i) const;

 private:
  std::optional<Shape> NumericDate(const text::TokenView& tv, size_t i) const;
  std::optional<Shape> Time(const text::TokenView& tv, size_t i) const;
  std::optional<Shape> Phone(const text::TokenView& tv, size_t i) const;
  std::optional<Shape> ListMarker(const text::TokenView& tv, size_t i) const;
  std::optional<Shape> Name(const text::TokenView& tv, size_t i) const;

  const NumberVocabulary& vocab_;
};

}  // namespace figcheck::extract

#endif  // FIGCHECK_EXTRACT_NUMBER_SHAPES_H_
