// Relative date phrases: days named from the document date ("أمس",
// "اليوم (الاثنين)", "yesterday"), calendar units with a relative word
// ("العام الماضي", "هذا الشهر", "last week") and weekdays ("الخميس",
// "الخميس الماضي", "on Tuesday", "next Tuesday"). They are resolved by
// relative.h.
#ifndef FIGCHECK_EXTRACT_DATE_DEIXIS_H_
#define FIGCHECK_EXTRACT_DATE_DEIXIS_H_

#include <optional>

#include "extract/date_vocab.h"
#include "extract/relative.h"
#include "text/token.h"

namespace figcheck::extract {

struct RelativePhrase {
  size_t begin = 0;  // tokens
  size_t end = 0;
  RelativeRef ref;
  int weekday = 0;   // ISO weekday written beside it ("أمس الأحد"), or 0
};

// A calendar unit with a relative word at token k: "العام الماضي", "last year".
struct UnitShift {
  RelativeRef::Unit unit = RelativeRef::Unit::kYear;
  int shift = 0;
  size_t end = 0;
};
std::optional<UnitShift> ReadUnitShift(const DateVocab& v, const text::TokenView& tv, size_t k);

// The relative phrase starting at token i, if any.
std::optional<RelativePhrase> ReadRelative(const DateVocab& v, const text::TokenView& tv,
                                           size_t i);

}  // namespace figcheck::extract

#endif  // FIGCHECK_EXTRACT_DATE_DEIXIS_H_
