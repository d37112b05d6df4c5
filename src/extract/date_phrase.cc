#include "extract/date_phrase.h"

#include <algorithm>
#include <charconv>

#include "extract/date_deixis.h"
#include "extract/date_numeric.h"

namespace figcheck::extract {
namespace {

using text::TokenType;

int ToInt(std::string_view s) {
  int v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

}  // namespace

std::optional<DatePhrase> DatePhraseReader::Read(size_t i) const {
  // A weekday before the date: "الثلاثاء 17 سبتمبر", "يوم الثلاثاء، 17
  // سبتمبر", "Tuesday, Sept. 17".
  size_t k = i;
  if (auto lead = LeadAt(k); lead && lead->role == Role::kDay) k = lead->end;
  int weekday = 0;
  if (auto w = v_.At(DateLex::kWeekdays, tv_, k)) {
    weekday = static_cast<int>(w->entry->Number("weekday"));
    k = IsComma(w->end) ? w->end + 1 : w->end;
  } else {
    k = i;
  }
  std::optional<DatePhrase> p = Core(k);
  if (!p) return std::nullopt;
  if (weekday != 0) {
    p->weekday = weekday;
    p->begin = i;
  }
  TrailingWeekday(&*p);
  return p;
}

std::optional<DatePhrase> DatePhraseReader::ReadSplit(size_t i, std::string_view digits) const {
  std::optional<DatePhrase> p = ReadNumericDate(v_, tv_, env_, i, digits);
  if (p) TrailingWeekday(&*p);
  return p;
}

std::optional<DatePhrase> DatePhraseReader::Core(size_t i) const {
  if (tv_.is(i, TokenType::kNumber)) {
    if (auto n = ReadNumericDate(v_, tv_, env_, i, {})) return n;
  }
  const std::optional<Lead> lead = LeadAt(i);
  const Role role = lead ? lead->role : Role::kNone;
  const size_t k = lead ? AfterLead(lead->end, role) : i;
  std::optional<DatePhrase> p = DayFirst(k, role);
  const bool day_first = p.has_value();
  if (!p) p = MonthFirst(k, role);
  if (!p) p = YearSpan(k, role);
  if (!p) return std::nullopt;
  // Prepositions ("في", "in") are not part of the date; "يومي", "بين",
  // "عام" are, and "يوم", "the" before a day ("the 17th of September").
  if (role != Role::kNone && role != Role::kBare && (role != Role::kDay || day_first)) {
    p->begin = i;
  }
  ExtendRange(role, &*p);
  if (lead && lead->past) p->first.not_after = true;
  // "من سبتمبر إلى ديسمبر" is a range; "من رمضان" is no date, and in
  // "الحادي عشر من سبتمبر 2011" "من" is no range word.
  const DateParts& f = p->first;
  if (role == Role::kRange && !p->last) {
    if (f.day == 0 && f.year == 0 && !f.shift && !f.year_shift) return std::nullopt;
    p->begin = std::max(p->begin, k);
  }
  return p;
}

// Words a lead may carry before the date proper.
size_t DatePhraseReader::AfterLead(size_t k, Role role) const {
  // "بين عامي 2020 و2022", "من يوم 14 إلى 15": a range around a lead.
  if (auto inner = role == Role::kRange ? LeadAt(k) : std::nullopt;
      inner && (inner->role == Role::kYear || inner->role == Role::kDay)) {
    return inner->end;
  }
  if (role == Role::kBare && tv_.is_text(k, "-") && tv_[k].glued) return k + 1;  // "mid-May"
  // "العام الماضي 2013": a year written after the relative word wins.
  if (auto r = role == Role::kYear ? v_.At(DateLex::kRelativeAfter, tv_, k) : std::nullopt;
      r && tv_.is(r->end, TokenType::kNumber)) {
    return r->end;
  }
  return k;
}

std::optional<DatePhrase> DatePhraseReader::DayFirst(size_t k, Role role) const {
  if (role != Role::kNone && role != Role::kRange && role != Role::kDays && role != Role::kDay) {
    return std::nullopt;
  }
  std::vector<Item> days;
  bool range = false;
  const size_t e = Days(k, role, &days, &range);
  if (days.empty()) return std::nullopt;
  DatePhrase p;
  p.begin = k;
  // "15 من سبتمبر", "17th of September", "الـ4 من شهر ذي القعدة".
  size_t m_at = e;
  if (auto link = v_.At(DateLex::kDayMonthLinks, tv_, e)) {
    m_at = link->end;
    if (auto lead = LeadAt(m_at); lead && lead->role == Role::kMonth && v_.MonthAt(tv_, lead->end)) {
      m_at = lead->end;
    }
    // "الـ27 من الشهر الجاري": a month counted from the document date.
    if (auto u = ReadUnitShift(v_, tv_, link->end); u && u->unit == RelativeRef::Unit::kMonth) {
      p.first.month_shift = u->shift;
      p.end = u->end;
      SetDays(days, range, &p);
      return p;
    }
  }
  const std::optional<MonthMatch> m = Months(m_at);
  if (!m) return std::nullopt;
  p.first.calendar = m->calendar;
  p.first.month = m->month;
  p.end = YearPart(m->end, &p.first);
  SetDays(days, range, &p);
  return p;
}

std::optional<DatePhrase> DatePhraseReader::MonthFirst(size_t k, Role role) const {
  if (role == Role::kDays || role == Role::kYear) return std::nullopt;
  // "last September", "next March".
  std::optional<int> shift;
  size_t m_at = k;
  if (auto before = v_.At(DateLex::kRelativeBefore, tv_, k)) {
    shift = static_cast<int>(before->entry->Number("shift"));
    m_at = before->end;
  }
  const std::optional<MonthMatch> m = Months(m_at);
  if (!m) return std::nullopt;
  DatePhrase p;
  p.begin = k;
  p.first.calendar = m->calendar;
  p.first.month = m->month;
  std::vector<Item> days;
  bool range = false;
  // "September 14-15" where the language writes the day after the month;
  // elsewhere "تسليم سبتمبر 12 سنتا" is September delivery, 12 cents.
  size_t e = v_.month_first() ? Days(m->end, role, &days, &range) : m->end;
  const size_t y = YearPart(e, &p.first);
  const bool dated = !days.empty() || y > e;
  if (!dated) {
    // A month on its own needs a word that makes it one: "شهر رمضان",
    // "في سبتمبر", "last September"; a name that is also a common word
    // needs "شهر" or a relative word.
    // After "من", "from": only as the start of a range (Core checks).
    const bool lead_ok = role == Role::kMonth || role == Role::kRange ||
                         (role == Role::kBare && !m->needs_number);
    if (!shift && !lead_ok) return std::nullopt;
  }
  if (shift && !p.first.shift && p.first.year == 0) p.first.shift = shift;
  p.end = y;
  SetDays(days, range, &p);
  return p;
}

std::optional<DatePhrase> DatePhraseReader::YearSpan(size_t k, Role role) const {
  std::optional<Calendar> era;
  const std::optional<Item> y = YearNumber(k, &era);
  if (!y) return std::nullopt;
  DatePhrase p;
  p.begin = k;
  p.end = y->end;
  p.first.year = y->value;
  SecondYear(*y, role, &p, &era);
  auto plausible = [](int year) { return year >= 1800 && year <= 2100; };
  if (era) {
    p.first.calendar = *era;
  } else if (role == Role::kYear && EralessYearIsHijri(v_, env_, y->value)) {
    p.first.calendar = Calendar::kHijri;
  } else if (role == Role::kYear) {
    if (y->value < 1000) return std::nullopt;
  } else if (!plausible(y->value) || (p.last && !plausible(p.last->year))) {
    return std::nullopt;
  } else if (role != Role::kBare && role != Role::kRange && !p.last) {
    return std::nullopt;  // a bare number: the quantity grammar's to read
  }
  if (p.last) p.last->calendar = p.first.calendar;
  return p;
}

// A second year after the first: a range, "2020-2022", "1428 - 1429هـ",
// "from 2020 to 2022", "1435/ 1436هـ" (a Hijri fiscal year), "بين عامي
// 2020 و2022"; or a list, "عامي 2020 و2022". Takes the era of either.
void DatePhraseReader::SecondYear(const Item& y, Role role, DatePhrase* p,
                                  std::optional<Calendar>* era) const {
  const bool slash = tv_.is_text(y.end, "/");
  size_t k2 = y.end;
  bool list = false;
  if (slash || tv_.is_text(y.end, "-")) {
    k2 = y.end + 1;
  } else if (auto c = v_.At(DateLex::kConnectors, tv_, y.end)) {
    // A list needs a word that makes its first number a year: "عامي",
    // "في 2020 و2021", "in 2020 and 2021".
    list = c->entry->Attr("kind") != "range" && role != Role::kRange;
    if (!list || role == Role::kYear || role == Role::kBare) k2 = c->end;
  }
  std::optional<Calendar> era2;
  const std::optional<Item> y2 = k2 > y.end ? YearNumber(k2, &era2) : std::nullopt;
  if (!y2 || y2->value <= y.value || y2->value - y.value > (slash ? 1 : 100) ||
      (*era && era2 && **era != *era2)) {
    return;
  }
  p->end = y2->end;
  if (!*era) *era = era2;
  if (list && y2->value > y.value + 1) {
    p->list = {{y.value, p->begin, y.end}, {y2->value, y2->begin, y2->end}};
  } else {
    p->last = p->first;
    p->last->year = y2->value;
  }
}

// "28 سبتمبر - 2 أكتوبر 2024", "from September 28 to October 2": a second
// date after a range word ends the range; a missing year comes from it.
void DatePhraseReader::ExtendRange(Role role, DatePhrase* p) const {
  if (p->last || !p->list.empty() || p->first.month == 0) return;
  size_t next = p->end;
  if (auto c = v_.At(DateLex::kConnectors, tv_, p->end)) {
    if (c->entry->Attr("kind") != "range" && role != Role::kRange) return;
    next = c->end;
  } else if (role == Role::kRange) {
    // "بين سبتمبر 2007 ومارس 2012": the connector is a clitic on the month.
    const std::optional<MonthMatch> m = v_.MonthAt(tv_, p->end);
    if (!m || m->clitic_len == 0 ||
        !v_.lex(DateLex::kConnectors).Find(tv_.text(p->end).substr(0, m->clitic_len))) {
      return;
    }
  } else {
    return;
  }
  std::optional<DatePhrase> q = DayFirst(next, Role::kNone);
  if (!q) q = MonthFirst(next, Role::kNone);
  if (!q || q->last || !q->list.empty() || q->first.calendar != p->first.calendar) return;
  if ((q->first.day == 0) != (p->first.day == 0)) return;
  if (p->first.year == 0 && q->first.year != 0) {
    p->first.year = q->first.year;
    p->first.year_borrowed = true;
  }
  if (!p->first.shift) p->first.shift = q->first.shift;
  if (!p->first.year_shift) p->first.year_shift = q->first.year_shift;
  p->last = q->first;
  p->end = q->end;
}

void DatePhraseReader::TrailingWeekday(DatePhrase* p) const {
  if (p->weekday != 0 || !p->list.empty()) return;
  // Only after a comma or in brackets: "17/09/2024, الثلاثاء".
  const bool paren = tv_.is_text(p->end, "(");
  if (!paren && !IsComma(p->end)) return;
  const size_t k = p->end + 1;
  auto w = v_.At(DateLex::kWeekdays, tv_, k);
  if (!w || w->clitic_len > 0) return;
  if (paren && !tv_.is_text(w->end, ")")) return;
  p->weekday = static_cast<int>(w->entry->Number("weekday"));
  p->end = paren ? w->end + 1 : w->end;
}

std::optional<DatePhraseReader::Lead> DatePhraseReader::LeadAt(size_t k) const {
  auto m = v_.At(DateLex::kLeads, tv_, k);
  if (!m) return std::nullopt;
  const std::string_view r = m->entry->Attr("role");
  Role role = Role::kNone;
  if (r == "range") role = Role::kRange;
  if (r == "days") role = Role::kDays;
  if (r == "day") role = Role::kDay;
  if (r == "month") role = Role::kMonth;
  if (r == "year") role = Role::kYear;
  if (r == "bare") role = Role::kBare;
  if (role == Role::kNone) return std::nullopt;
  return Lead{role, m->end, m->entry->Attr("direction") == "past"};
}

std::optional<DatePhraseReader::Item> DatePhraseReader::Day(size_t k) const {
  // "الرابع من يوليو", "the first of May".
  if (auto ord = v_.At(DateLex::kDayOrdinals, tv_, k)) {
    const int d = static_cast<int>(ord->entry->Number("day"));
    if (d >= 1 && d <= 31) return Item{d, k, ord->end};
  }
  size_t j = k;
  // "الـ15": an article glued to the number.
  if (auto pre = v_.At(DateLex::kDayPrefixes, tv_, j);
      pre && tv_.is(pre->end, TokenType::kNumber) && tv_[pre->end].glued) {
    j = pre->end;
  }
  if (!tv_.is(j, TokenType::kNumber) || tv_.text(j).size() > 2) return std::nullopt;
  const int d = ToInt(tv_.text(j));
  if (d < 1 || d > 31) return std::nullopt;
  size_t e = j + 1;
  // Digits running on through ":", "/", "." or "," are a time, a numeric
  // date or a decimal, not a day.
  if (tv_.is(e, TokenType::kPunct) && tv_[e].glued && tv_.is(e + 1, TokenType::kNumber) &&
      tv_[e + 1].glued) {
    const std::string_view s = tv_.text(e);
    if (s == ":" || s == "/" || s == "." || s == ",") return std::nullopt;
  }
  if (tv_.is(e, TokenType::kWord) && tv_[e].glued) {
    auto suffix = v_.At(DateLex::kDaySuffixes, tv_, e);
    if (!suffix) return std::nullopt;  // "2bn", "15m": not a day
    e = suffix->end;
  }
  return Item{d, k, e};
}

// Days joined by connectors: "14 و15", "14 - 15", "14 and 15", "من 14 إلى 15".
size_t DatePhraseReader::Days(size_t k, Role role, std::vector<Item>* days, bool* range) const {
  const std::optional<Item> d = Day(k);
  if (!d) return k;
  days->push_back(*d);
  size_t e = d->end;
  while (!*range) {
    auto c = v_.At(DateLex::kConnectors, tv_, e);
    if (!c) break;
    const std::optional<Item> next = Day(c->end);
    if (!next || next->value <= days->back().value) break;
    // A range word, or "between 14 and 15", joins a first and a last day.
    const bool joins = c->entry->Attr("kind") == "range" || role == Role::kRange;
    if (joins && days->size() > 1) break;
    *range = joins;
    days->push_back(*next);
    e = next->end;
  }
  return e;
}

void DatePhraseReader::SetDays(const std::vector<Item>& days, bool range, DatePhrase* p) {
  if (days.empty()) return;
  p->first.day = days.front().value;
  if (days.size() == 1) return;
  bool consecutive = true;
  for (size_t j = 1; j < days.size(); ++j) consecutive &= days[j].value == days[j - 1].value + 1;
  if (range || consecutive) {
    p->last = p->first;
    p->last->day = days.back().value;
    return;
  }
  // "5 و9 سبتمبر": two dates. The last day keeps the month's tokens.
  for (size_t j = 0; j < days.size(); ++j) {
    const size_t end = j + 1 == days.size() ? p->end : days[j].end;
    p->list.push_back(ListedItem{days[j].value, days[j].begin, end});
  }
}

// A month name, or two naming the same month: "سبتمبر/أيلول",
// "أيلول/ سبتمبر", "سبتمبر (أيلول)".
std::optional<MonthMatch> DatePhraseReader::Months(size_t k) const {
  std::optional<MonthMatch> m = v_.MonthAt(tv_, k);
  if (!m) return std::nullopt;
  const bool paren = tv_.is_text(m->end, "(");
  if (!paren && !tv_.is_text(m->end, "/")) return m;
  const std::optional<MonthMatch> m2 = v_.MonthAt(tv_, m->end + 1);
  if (!m2 || m2->month != m->month || m2->calendar != m->calendar) return m;
  if (paren && !tv_.is_text(m2->end, ")")) return m;
  m->end = paren ? m2->end + 1 : m2->end;
  m->needs_number = m->needs_number && m2->needs_number;
  return m;
}

// What follows a month: a year ("2024", ", 2024", "عام 2024", "من العام
// 2024", "1446 هـ"), a relative year ("من العام الماضي", "of last year") or
// a relative word ("الجاري"). Returns the end (k when nothing follows).
size_t DatePhraseReader::YearPart(size_t k, DateParts* p) const {
  size_t j = k;
  if (IsComma(j) && tv_.is(j + 1, TokenType::kNumber)) ++j;
  auto link = v_.At(DateLex::kDayMonthLinks, tv_, j);
  for (size_t s : {link ? link->end : j, j}) {
    size_t y_at = s;
    if (auto lead = LeadAt(s); lead && lead->role == Role::kYear) y_at = lead->end;
    std::optional<Calendar> era;
    if (auto y = YearNumber(y_at, &era); y && (!era || *era == p->calendar)) {
      p->year = y->value;
      return y->end;
    }
    if (auto u = ReadUnitShift(v_, tv_, s); u && u->unit == RelativeRef::Unit::kYear) {
      p->year_shift = u->shift;
      return u->end;
    }
  }
  if (auto r = v_.At(DateLex::kRelativeAfter, tv_, k)) {
    p->shift = static_cast<int>(r->entry->Number("shift"));
    return r->end;
  }
  return k;
}

// A year: four digits (three for a Hijri year with its era), and an era
// after it ("1446هـ", "2020م", "1446 AH"), which *era receives.
std::optional<DatePhraseReader::Item> DatePhraseReader::YearNumber(
    size_t k, std::optional<Calendar>* era) const {
  if (!tv_.is(k, TokenType::kNumber)) return std::nullopt;
  const std::string_view t = tv_.text(k);
  if (t.size() < 3 || t.size() > 4 || t[0] == '0') return std::nullopt;
  // A year glued to more digits is a decimal or a numeric date.
  if (tv_.is(k + 1, TokenType::kPunct) && tv_[k + 1].glued && tv_.is(k + 2, TokenType::kNumber) &&
      tv_[k + 2].glued && !tv_.is_text(k + 1, "-") && !tv_.is_text(k + 1, "/")) {
    return std::nullopt;
  }
  size_t e = k + 1;
  // "the 1800's", "the 1990s": decades and centuries, not years.
  if (e < tv_.size() && tv_[e].glued && v_.At(DateLex::kYearBlockers, tv_, e)) {
    return std::nullopt;
  }
  if (auto m = v_.At(DateLex::kEras, tv_, e)) {
    *era = m->entry->Attr("calendar") == "hijri" ? Calendar::kHijri : Calendar::kGregorian;
    e = m->end;
  }
  if (t.size() == 3 && *era != Calendar::kHijri) return std::nullopt;
  return Item{ToInt(t), k, e};
}

bool DatePhraseReader::IsComma(size_t k) const {
  return tv_.is_text(k, ",") || tv_.is_text(k, "،");
}

}  // namespace figcheck::extract
