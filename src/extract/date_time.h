// Times of day: "13:22", "10:30 p.m.", "8 pm", "الساعة 10", "الساعة الثالثة
// عصرا", "الساعة العاشرة والنصف". They are read so that their digits are not
// taken for counts; the value is minutes after midnight.
#ifndef FIGCHECK_EXTRACT_DATE_TIME_H_
#define FIGCHECK_EXTRACT_DATE_TIME_H_

#include <optional>
#include <string_view>

#include "extract/date_vocab.h"
#include "text/token.h"

namespace figcheck::extract {

struct TimeOfDay {
  size_t begin = 0;  // tokens
  size_t end = 0;
  int minutes = 0;   // after midnight, 0..1439
  // Digits left over in token end-1 after the minutes: a scraped dateline
  // runs a date into the time ("13:2217/09/2024": "17"). The time is only
  // a time if the caller finds a date there.
  std::string_view rest;
};

// The time of day starting at token i, if any.
std::optional<TimeOfDay> ReadTime(const DateVocab& v, const text::TokenView& tv, size_t i);

}  // namespace figcheck::extract

#endif  // FIGCHECK_EXTRACT_DATE_TIME_H_
