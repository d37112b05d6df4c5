#include "extract/hijri.h"

#include <unicode/calendar.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>

#include <cmath>
#include <cstdio>
#include <map>
#include <memory>

namespace figcheck::extract {
namespace {

constexpr double kMsPerDay = 86400000.0;

// This thread's calendar of that name, in GMT so that a day is a day; null
// when ICU does not know the name as an Islamic calendar.
icu::Calendar* CalendarFor(std::string_view name) {
  thread_local std::map<std::string, std::unique_ptr<icu::Calendar>, std::less<>> cache;
  auto it = cache.find(name);
  if (it != cache.end()) return it->second.get();
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
  return cache.emplace(std::string(name), std::move(cal)).first->second.get();
}

// Sets `cal` to the first instant of a Hijri day; false if it is no day.
bool SetHijri(icu::Calendar* cal, int year, int month, int day, UDate* out) {
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > 30) return false;
  cal->clear();
  cal->set(UCAL_ERA, 0);
  cal->set(year, month - 1, day);
  UErrorCode status = U_ZERO_ERROR;
  *out = cal->getTime(status);
  return U_SUCCESS(status);
}

}  // namespace

bool IsHijriCalendar(std::string_view calendar) { return CalendarFor(calendar) != nullptr; }

std::optional<CivilDate> HijriToGregorian(std::string_view calendar, const HijriDate& h) {
  icu::Calendar* cal = CalendarFor(calendar);
  UDate t = 0;
  if (cal == nullptr || !SetHijri(cal, h.year, h.month, h.day, &t)) return std::nullopt;
  return CivilDate::FromDays(static_cast<int64_t>(std::floor(t / kMsPerDay)));
}

int HijriMonthLength(std::string_view calendar, int year, int month) {
  icu::Calendar* cal = CalendarFor(calendar);
  UDate t = 0;
  if (cal == nullptr || !SetHijri(cal, year, month, 1, &t)) return 0;
  UErrorCode status = U_ZERO_ERROR;
  const int n = cal->getActualMaximum(UCAL_DATE, status);
  return U_SUCCESS(status) ? n : 0;
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
  icu::Calendar* cal = CalendarFor(calendar);
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
