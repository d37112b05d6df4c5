#include "extract/date_numeric.h"

#include "extract/hijri.h"

namespace figcheck::extract {
namespace {

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

int ToInt(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

bool IsSeparator(std::string_view s) { return s == "/" || s == "-" || s == "."; }

// Whether day/month name a day in some year of the calendar.
bool DayExists(Calendar cal, int year, int month, int day) {
  if (month < 1 || month > 12 || day < 1) return false;
  if (cal == Calendar::kHijri) return day <= 30;
  return day <= DaysInMonth(year, month);
}

}  // namespace

bool EralessYearIsHijri(const DateVocab& v, const DateEnv& env, int year) {
  if (!v.NumericYearIsHijri(year)) return false;
  if (!env.anchor) return true;
  const auto now = GregorianToHijri(env.hijri_calendar, *env.anchor);
  return !now || year <= now->year + 1;
}

std::optional<DatePhrase> ReadNumericDate(const DateVocab& v, const text::TokenView& tv,
                                          const DateEnv& env, size_t i, std::string_view first) {
  // Five tokens: number, separator, number, the same separator, number;
  // glued, except that slashes may have spaces ("9 / 10 / 1436هـ", as
  // Saudi papers write).
  if (i + 4 >= tv.size()) return std::nullopt;
  const std::string_view a = first.empty() ? tv.text(i) : first;
  const std::string_view sep = tv.text(i + 1);
  if (!AllDigits(a) || !IsSeparator(sep) || tv.text(i + 3) != sep) return std::nullopt;
  for (size_t k = i + 1; k <= i + 4 && sep != "/"; ++k) {
    if (!tv[k].glued) return std::nullopt;
  }
  if (!tv.is(i + 2, text::TokenType::kNumber) || !tv.is(i + 4, text::TokenType::kNumber)) {
    return std::nullopt;
  }
  const std::string_view b = tv.text(i + 2), c = tv.text(i + 4);
  if (b.size() > 2) return std::nullopt;
  DatePhrase p;
  p.begin = i;
  p.end = i + 5;
  DateParts& d = p.first;
  // x/y: day and month, in an order still to settle.
  const bool year_first = a.size() == 4 && c.size() <= 2;
  if (!year_first && !(a.size() <= 2 && c.size() == 4)) return std::nullopt;
  d.year = ToInt(year_first ? a : c);
  const int x = ToInt(year_first ? c : a);
  const int y = ToInt(b);
  std::optional<Calendar> era;
  if (auto e = v.At(DateLex::kEras, tv, p.end)) {
    era = e->entry->Attr("calendar") == "hijri" ? Calendar::kHijri : Calendar::kGregorian;
    p.end = e->end;
  }
  d.calendar = era ? *era : (EralessYearIsHijri(v, env, d.year) ? Calendar::kHijri
                                                                : Calendar::kGregorian);
  if (year_first) {
    if (!DayExists(d.calendar, d.year, y, x)) return std::nullopt;
    d.month = y;
    d.day = x;
    return p;
  }
  const bool dm = DayExists(d.calendar, d.year, y, x);  // x/y as day/month
  const bool md = DayExists(d.calendar, d.year, x, y);
  if (!dm && !md) return std::nullopt;
  const bool day_first = dm && md ? v.day_first() : dm;
  p.ambiguous = dm && md && x != y && !v.order_decides();
  d.day = day_first ? x : y;
  d.month = day_first ? y : x;
  return p;
}

}  // namespace figcheck::extract
