// Dates written in digits: "17/09/2024", "2024-09-17", "17.9.2024",
// "14/3/1446 هـ".
//
// Day-month versus month-day: when only one reading names a real day it
// wins; when both do (05/09/2024) the language's numeric_order decides, and
// the date is flagged ambiguous unless the pack says that order is settled
// for the language (numeric_order_decides). A year first is always
// year-month-day.
#ifndef FIGCHECK_EXTRACT_DATE_NUMERIC_H_
#define FIGCHECK_EXTRACT_DATE_NUMERIC_H_

#include <optional>
#include <string_view>

#include "extract/date_parts.h"
#include "extract/date_vocab.h"
#include "extract/relative.h"
#include "text/token.h"

namespace figcheck::extract {

// True when a year written with no era is a Hijri year: it lies in the
// pack's hijri_numeric_years and is not after the document's Hijri year
// (+1), so "عام 1436" in a 2015 Saudi paper is Hijri, and Copernicus'
// "عام 1473" is not.
bool EralessYearIsHijri(const DateVocab& v, const DateEnv& env, int year);

// The numeric date at token i, if any. `first`, when not empty, replaces
// the text of token i (a time ran into the date: "13:2217/09/2024").
std::optional<DatePhrase> ReadNumericDate(const DateVocab& v, const text::TokenView& tv,
                                          const DateEnv& env, size_t i, std::string_view first);

}  // namespace figcheck::extract

#endif  // FIGCHECK_EXTRACT_DATE_NUMERIC_H_
