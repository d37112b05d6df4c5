// Hijri <-> Gregorian conversion through ICU's Islamic calendars.
//
// The calendar is named as ICU names it ("islamic-umalqura", the default,
// "islamic-civil", "islamic-tbla", "islamic-rgsa", "islamic"); the rule
// packs choose it (rules/common/dates.yaml, `hijri_calendar`). ICU
// calendars are not thread-safe and costly to build, so each thread keeps
// one per calendar name, with the conversions and month lengths it has
// computed: a yearless Hijri month is tried in five years, and the same
// months recur through a corpus, while one ICU answer costs tens of
// microseconds.
#ifndef FIGCHECK_EXTRACT_HIJRI_H_
#define FIGCHECK_EXTRACT_HIJRI_H_

#include <optional>
#include <string>
#include <string_view>

#include "figcheck/date.h"

namespace figcheck::extract {

inline constexpr std::string_view kDefaultHijriCalendar = "islamic-umalqura";

// A day of the Hijri calendar: year AH, month 1..12, day 1..30.
struct HijriDate {
  int year = 0;
  int month = 0;
  int day = 0;
};

// True when ICU knows `calendar` as an Islamic calendar.
bool IsHijriCalendar(std::string_view calendar);

// The Gregorian day of a Hijri day, or nullopt when the day does not exist
// (day 30 of a 29-day month) or lies outside ICU's range.
std::optional<CivilDate> HijriToGregorian(std::string_view calendar, const HijriDate& h);

// Days in a Hijri month (29 or 30), or 0 when the month is out of range.
int HijriMonthLength(std::string_view calendar, int year, int month);

// The Hijri day of a Gregorian day.
std::optional<HijriDate> GregorianToHijri(std::string_view calendar, const CivilDate& d);

// "1446-03-12", "1446-03" or "1446" (zeros: parts not given); "--03-12"
// when the year is unknown (ISO 8601's notation for a yearless day).
std::string HijriText(int year, int month, int day);

}  // namespace figcheck::extract

#endif  // FIGCHECK_EXTRACT_HIJRI_H_
