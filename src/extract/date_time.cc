#include "extract/date_time.h"

#include <charconv>

namespace figcheck::extract {
namespace {

using text::TokenType;

int ToInt(std::string_view s) {
  int v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

bool Glued(const text::TokenView& tv, size_t k) { return k < tv.size() && tv[k].glued; }

// "13:22" or "13:22:05" at i: hours, and minutes in *minutes; the end, or i.
size_t Colon(const text::TokenView& tv, size_t i, int* hours, int* minutes,
             std::string_view* rest) {
  if (!tv.is(i, TokenType::kNumber) || tv.text(i).size() > 2) return i;
  if (!tv.is_text(i + 1, ":") || !Glued(tv, i + 1) || !Glued(tv, i + 2) ||
      !tv.is(i + 2, TokenType::kNumber)) {
    return i;
  }
  const std::string_view mm = tv.text(i + 2);
  if (mm.size() < 2 || mm.size() > 4) return i;
  *hours = ToInt(tv.text(i));
  *minutes = ToInt(mm.substr(0, 2));
  *rest = mm.substr(2);
  if (*hours > 24 || *minutes > 59) return i;
  size_t e = i + 3;
  if (rest->empty() && tv.is_text(e, ":") && Glued(tv, e) && Glued(tv, e + 1) &&
      tv.is(e + 1, TokenType::kNumber) && tv.text(e + 1).size() == 2) {
    e += 2;  // seconds
  }
  return e;
}

// Applies a period word ("مساء", "p.m.") to an hour of a 12-hour clock.
int WithPeriod(int hours, std::string_view period) {
  if (period == "am" && hours == 12) return 0;
  if (period == "pm" && hours < 12) return hours + 12;
  if (period == "night" && hours >= 6 && hours < 12) return hours + 12;
  if (period == "night" && hours == 12) return 0;
  return hours;
}

// After the hour: "والنصف", "إلا ربعا", then "مساء", "p.m."; the end, or
// nullopt when a period is needed and missing.
std::optional<size_t> Tail(const DateVocab& v, const text::TokenView& tv, size_t e,
                           bool need_period, int* hours, int* minutes) {
  if (auto f = v.At(DateLex::kClockFractions, tv, e)) {
    *minutes += static_cast<int>(f->entry->Number("minutes"));
    e = f->end;
  }
  auto p = v.At(DateLex::kClockPeriods, tv, e);
  if (p && (!need_period || p->entry->Attr("after_number") == "true")) {
    *hours = WithPeriod(*hours, p->entry->Attr("period"));
    e = p->end;
  } else if (need_period) {
    return std::nullopt;
  }
  return e;
}

}  // namespace

std::optional<TimeOfDay> ReadTime(const DateVocab& v, const text::TokenView& tv, size_t i) {
  TimeOfDay t;
  t.begin = i;
  int hours = 0, minutes = 0;
  size_t k = i;
  auto lead = v.At(DateLex::kClockLeads, tv, i);
  if (lead) k = lead->end;
  size_t e = Colon(tv, k, &hours, &minutes, &t.rest);
  if (e > k && !t.rest.empty()) {
    t.end = e;
    t.minutes = hours * 60 + minutes;
    return t;  // the caller looks for the date after it
  }
  if (e == k && lead) {
    if (auto h = v.At(DateLex::kClockHours, tv, k)) {  // "الساعة الثالثة"
      hours = static_cast<int>(h->entry->Number("hour"));
      e = h->end;
    } else if (tv.is(k, TokenType::kNumber) && tv.text(k).size() <= 2) {  // "الساعة 10"
      hours = ToInt(tv.text(k));
      e = k + 1;
    }
  }
  // "8 p.m.", "10 o'clock": a bare number needs a period word that may
  // follow one (after_number), and a 12-hour clock.
  const bool bare = e == k && !lead;
  if (bare) {
    if (!tv.is(k, TokenType::kNumber) || tv.text(k).size() > 2) return std::nullopt;
    hours = ToInt(tv.text(k));
    e = k + 1;
    if (hours > 12) return std::nullopt;
  }
  if (e == k) return std::nullopt;
  const std::optional<size_t> end = Tail(v, tv, e, bare, &hours, &minutes);
  if (!end || hours > 24) return std::nullopt;
  t.end = *end;
  t.minutes = ((hours * 60 + minutes) % 1440 + 1440) % 1440;
  return t;
}

}  // namespace figcheck::extract
