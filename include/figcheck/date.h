// CivilDate: a day in the proleptic Gregorian calendar, and the arithmetic
// figcheck needs on days (differences, weekdays, ISO 8601 text).
#ifndef FIGCHECK_DATE_H_
#define FIGCHECK_DATE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace figcheck {

// A Gregorian calendar day. Plain value type; no time zone.
struct CivilDate {
  int year = 1970;
  int month = 1;  // 1..12
  int day = 1;    // 1..31

  friend bool operator==(const CivilDate&, const CivilDate&) = default;
  friend auto operator<=>(const CivilDate&, const CivilDate&) = default;

  // Days since 1970-01-01 (negative before).
  int64_t ToDays() const;
  static CivilDate FromDays(int64_t days);

  // ISO weekday: 1 = Monday ... 7 = Sunday.
  int Weekday() const;

  // "YYYY-MM-DD".
  std::string ToIso() const;

  // True when month and day name a real day of that year.
  bool IsValid() const;

  CivilDate AddDays(int64_t n) const { return FromDays(ToDays() + n); }

  // Parses "YYYY-MM-DD" (also "YYYY-MM-DDTHH:MM..." and "YYYY-MM-DD HH:MM...":
  // the time part is ignored). Returns nullopt for anything else or an
  // invalid day.
  static std::optional<CivilDate> ParseIso(std::string_view text);
};

// Number of days in a month of a year (Gregorian).
int DaysInMonth(int year, int month);

}  // namespace figcheck

#endif  // FIGCHECK_DATE_H_
