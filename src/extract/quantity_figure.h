// Figures: one quantity as written, before hedges and ranges: a cardinal
// with its unit ("12%", "250 مليون دولار", "$3bn"), a fraction ("ثلاثة
// أرباع", "a third"), or a vague quantity ("عشرات الآلاف", "dozens").
#ifndef FIGCHECK_EXTRACT_QUANTITY_FIGURE_H_
#define FIGCHECK_EXTRACT_QUANTITY_FIGURE_H_

#include <limits>
#include <optional>
#include <string>

#include "extract/number_cardinal.h"
#include "extract/number_reader.h"
#include "extract/number_vocabulary.h"
#include "figcheck/mention.h"
#include "text/token.h"

namespace figcheck::extract {

struct Figure {
  MentionKind kind = MentionKind::kNumber;  // kNumber, kPercent, kMoney or kFraction
  size_t begin = 0;
  size_t end = 0;
  uint32_t clitic_len = 0;  // prefix bytes on the first token, outside the figure
  double value = 0;
  bool vague = false;  // value is absent; low..high from the lexicon
  double low = 0;
  double high = 0;
  std::string unit;                   // "percent", "pp", an ISO code, or ""
  bool unit_before = false;           // "$3": a currency symbol opens the figure
  std::optional<CardinalParse> card;  // the number inside, when there is one

  bool has_unit() const { return kind == MentionKind::kPercent || kind == MentionKind::kMoney; }
};

class FigureReader {
 public:
  FigureReader(const NumberVocabulary& vocab, const NumberReader& numbers)
      : vocab_(vocab), numbers_(numbers) {}

  // The figure starting at token i and ending before `limit`, or nullopt.
  std::optional<Figure> Read(const text::TokenView& tv, size_t i,
                             size_t limit = std::numeric_limits<size_t>::max()) const;

 private:
  // "three quarters", "two-thirds" after a cardinal.
  bool FractionAfter(const text::TokenView& tv, Figure* f) const;
  // "a third", "نصف", "half of"; "نصف مليون" is a number.
  bool Fraction(const text::TokenView& tv, size_t i, Figure* f) const;
  // "عشرات الآلاف", "hundreds of thousands", "several".
  bool Vague(const text::TokenView& tv, size_t i, Figure* f) const;
  // "2 كيلو ونصف": a fraction after the counted noun.
  void HalfAfterNoun(const text::TokenView& tv, Figure* f) const;
  // "%", "في المئة", "percentage points", "دولار" after the figure.
  void UnitAfter(const text::TokenView& tv, Figure* f) const;

  const NumberVocabulary& vocab_;
  const NumberReader& numbers_;
};

}  // namespace figcheck::extract

#endif  // FIGCHECK_EXTRACT_QUANTITY_FIGURE_H_
