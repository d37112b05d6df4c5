#include "extract/hijri.h"

#include <unicode/calendar.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <map>
#include <memory>
#include <optional>
#include <unordered_map>

namespace figcheck::extract {
namespace {

constexpr double kMsPerDay = 86400000.0;

// A thread's calendar of one name, with the answers it already gave: a
// document names the same few Hijri months again and again ("رمضان" is
// placed in five candidate years each time), and each ICU answer costs
// tens of microseconds (getActualMaximum clones the calendar).
struct ThreadCalendar {
  std::unique_ptr<icu::Calendar> cal;  // null: not an Islamic calendar ICU knows
  std::unordered_map<uint64_t, std::optional<int64_t>> days;  // Hijri day -> Gregorian day number
  std::unordered_map<uint64_t, int> month_lengths;            // (year, month) -> days
};

// Bounds the memo tables: a text cannot make them grow without end.
constexpr size_t kMaxMemo = 1 << 16;

uint64_t DayKey(int year, int month, int day) {
  return (static_cast<uint64_t>(static_cast<uint32_t>(year)) << 16) |
         (static_cast<uint64_t>(month) << 8) | static_cast<uint64_t>(day);
}

// This thread's calendar of that name, in GMT so that a day is a day; its
// `cal` is null when ICU does not know the name as an Islamic calendar.
ThreadCalendar& CalendarFor(std::string_view name) {
  thread_local std::map<std::string, ThreadCalendar, std::less<>> cache;
  auto it = cache.find(name);
  if (it != cache.end()) return it->second;
  UErrorCode status = U_ZERO_ERROR;
  const std::string locale = "@calendar=" + std::string(name);
  std::unique_ptr<icu::Calendar> cal(icu::Calendar::createInstance(
      icu::TimeZone::getGMT()->clone(), icu::Locale(locale.c_str()), status));
  // ICU falls back to the Gregorian calendar for names it does not know;
  // and only the Islamic calendars are Hijri.
  if (U_FAILURE(status) || cal == nullptr || name != cal->getType() ||
      name.substr(0, 7) != "islamic") {
    cal.reset();
  }
  if (cal) cal->setLenient(false);
  ThreadCalendar& tc = cache[std::string(name)];
  tc.cal = std::move(cal);
  return tc;
}

bool ValidHijri(int year, int month, int day) {
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= 30;
}

// Sets `cal` to the first instant of a Hijri day; false if it is no day.
bool SetHijri(icu::Calendar* cal, int year, int month, int day, UDate* out) {
  if (!ValidHijri(year, month, day)) return false;
  cal->clear();
  cal->set(UCAL_ERA, 0);
  cal->set(year, month - 1, day);
  UErrorCode status = U_ZERO_ERROR;
  *out = cal->getTime(status);
  return U_SUCCESS(status);
}

}  // namespace

bool IsHijriCalendar(std::string_view calendar) { return CalendarFor(calendar).cal != nullptr; }

std::optional<CivilDate> HijriToGregorian(std::string_view calendar, const HijriDate& h) {
  ThreadCalendar& tc = CalendarFor(calendar);
  if (tc.cal == nullptr || !ValidHijri(h.year, h.month, h.day)) return std::nullopt;
  const uint64_t key = DayKey(h.year, h.month, h.day);
  if (auto it = tc.days.find(key); it != tc.days.end()) {
    return it->second ? std::optional<CivilDate>(CivilDate::FromDays(*it->second)) : std::nullopt;
  }
  UDate t = 0;
  std::optional<int64_t> days;
  if (SetHijri(tc.cal.get(), h.year, h.month, h.day, &t)) {
    days = static_cast<int64_t>(std::floor(t / kMsPerDay));
  }
  if (tc.days.size() >= kMaxMemo) tc.days.clear();
  tc.days.emplace(key, days);
  return days ? std::optional<CivilDate>(CivilDate::FromDays(*days)) : std::nullopt;
}

int HijriMonthLength(std::string_view calendar, int year, int month) {
  ThreadCalendar& tc = CalendarFor(calendar);
  if (tc.cal == nullptr || !ValidHijri(year, month, 1)) return 0;
  const uint64_t key = DayKey(year, month, 0);
  if (auto it = tc.month_lengths.find(key); it != tc.month_lengths.end()) return it->second;
  UDate t = 0;
  int n = 0;
  if (SetHijri(tc.cal.get(), year, month, 1, &t)) {
    UErrorCode status = U_ZERO_ERROR;
    n = tc.cal->getActualMaximum(UCAL_DATE, status);
    if (U_FAILURE(status)) n = 0;
  }
  if (tc.month_lengths.size() >= kMaxMemo) tc.month_lengths.clear();
  tc.month_lengths.emplace(key, n);
  return n;
}

std::optional<HijriDate> GregorianToHijri(std::string_view calendar, const CivilDate& d) {
  // A document asks about its own date again and again.
  thread_local std::string last_calendar;
  thread_local CivilDate last_day;
  thread_local std::optional<HijriDate> last;
  if (d == last_day && calendar == last_calendar) return last;
  last_calendar = calendar;
  last_day = d;
  last = std::nullopt;
  icu::Calendar* cal = CalendarFor(calendar).cal.get();
  if (cal == nullptr) return std::nullopt;
  UErrorCode status = U_ZERO_ERROR;
  cal->clear();
  cal->setTime(static_cast<double>(d.ToDays()) * kMsPerDay, status);
  HijriDate h;
  h.year = cal->get(UCAL_YEAR, status);
  h.month = cal->get(UCAL_MONTH, status) + 1;
  h.day = cal->get(UCAL_DATE, status);
  if (U_FAILURE(status)) return std::nullopt;
  last = h;
  return h;
}

std::string HijriText(int year, int month, int day) {
  char buf[32];
  if (year == 0) {
    std::snprintf(buf, sizeof buf, "--%02d-%02d", month, day);
  } else if (month == 0) {
    std::snprintf(buf, sizeof buf, "%d", year);
  } else if (day == 0) {
    std::snprintf(buf, sizeof buf, "%d-%02d", year, month);
  } else {
    std::snprintf(buf, sizeof buf, "%d-%02d-%02d", year, month, day);
  }
  return buf;
}

}  // namespace figcheck::extract
