// Finding the dateline.
//
// Only the first kMaxLines lines (paragraphs) of the normalized view are
// read, and a line counts only when it is essentially just a dateline: one
// date, maybe a time and a weekday, filler words ("updated", "نشر في"),
// punctuation, and at most kMaxOtherWords other words (a place, an agency).
// Body sentences that mention a date have more words than that, so event
// dates are not taken for the publication date.
//
// A line is cut into tokens (digit runs, letter runs, single punctuation
// marks) with their offsets in the view. A scraper's "13:2217/09/2024",
// where the time runs into the date, shows up as the tokens 13 : 2217 / 09
// / 2024; when a 3-4 digit run after "HH:" starts a D/M/YYYY date it is
// split into minutes and day before anything else looks at the tokens.
//
// Vocabulary is written here as it is printed and normalized at first use
// by the same normalizer as the text, so "أيلول" here matches "ايلول" there.
// The tables are small on purpose; a later change moves them into the rule
// packs.
#include "text/dateline.h"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "base/utf8.h"
#include "text/normalize.h"
#include "text/offset_map.h"

namespace figcheck::text {
namespace {

constexpr int kMaxLines = 5;
constexpr size_t kMaxLineBytes = 300;
constexpr int kMaxOtherWords = 3;
constexpr int kMaxOtherNumbers = 1;

struct Token {
  enum Kind { kNum, kWord, kPunct } kind;
  uint32_t begin;  // bytes of the normalized view
  uint32_t end;
  std::string_view text;
  int value = 0;  // kNum: the number (capped), digits = text.size()
};

struct Vocab {
  std::vector<std::pair<std::vector<std::string>, int>> months;  // words, 1..12
  std::vector<std::pair<std::string, int>> weekdays;              // word, ISO 1..7
  std::vector<std::string> fillers;
  std::vector<std::string> after_noon;  // "pm", "م", "مساء"
  std::vector<std::string> before_noon;
};

void AddMonth(Vocab* v, const char* raw, int month) {
  std::vector<std::string> words;
  const std::string norm = NormalizeString(raw);
  size_t b = 0;
  while (b < norm.size()) {
    size_t e = norm.find(' ', b);
    if (e == std::string::npos) e = norm.size();
    words.push_back(norm.substr(b, e - b));
    b = e + 1;
  }
  v->months.emplace_back(std::move(words), month);
}

Vocab BuildVocab() {
  Vocab v;
  static const char* const kEnglish[12][3] = {
      {"january", "jan", nullptr}, {"february", "feb", nullptr}, {"march", "mar", nullptr},
      {"april", "apr", nullptr},   {"may", nullptr, nullptr},     {"june", "jun", nullptr},
      {"july", "jul", nullptr},    {"august", "aug", nullptr},    {"september", "sept", "sep"},
      {"october", "oct", nullptr}, {"november", "nov", nullptr},  {"december", "dec", nullptr}};
  // Egyptian/Gulf names, Maghreb variants, and the Levantine/Iraqi names.
  static const char* const kArabic[12][5] = {
      {"يناير", "كانون الثاني", "جانفي", nullptr, nullptr},
      {"فبراير", "شباط", "فيفري", nullptr, nullptr},
      {"مارس", "آذار", nullptr, nullptr, nullptr},
      {"أبريل", "إبريل", "نيسان", "أفريل", nullptr},
      {"مايو", "أيار", "ماي", nullptr, nullptr},
      {"يونيو", "يونيه", "حزيران", "جوان", nullptr},
      {"يوليو", "يوليه", "تموز", "يوليوز", "جويلية"},
      {"أغسطس", "آب", "غشت", "أوت", nullptr},
      {"سبتمبر", "أيلول", "شتنبر", nullptr, nullptr},
      {"أكتوبر", "تشرين الأول", nullptr, nullptr, nullptr},
      {"نوفمبر", "تشرين الثاني", "نونبر", nullptr, nullptr},
      {"ديسمبر", "كانون الأول", "دجنبر", nullptr, nullptr}};
  for (int m = 0; m < 12; ++m) {
    for (const char* name : kEnglish[m]) {
      if (name != nullptr) AddMonth(&v, name, m + 1);
    }
    for (const char* name : kArabic[m]) {
      if (name != nullptr) AddMonth(&v, name, m + 1);
    }
  }
  // Two-word names first, so "كانون الثاني" is not cut short.
  std::stable_sort(v.months.begin(), v.months.end(),
                   [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  static const char* const kWeekdays[7][6] = {
      {"monday", "mon", "الاثنين", "الإثنين", "الأثنين", "اثنين"},
      {"tuesday", "tue", "tues", "الثلاثاء", "ثلاثاء", nullptr},
      {"wednesday", "wed", "الأربعاء", "الاربعاء", "أربعاء", nullptr},
      {"thursday", "thu", "thurs", "الخميس", "خميس", nullptr},
      {"friday", "fri", "الجمعة", "جمعة", nullptr, nullptr},
      {"saturday", "sat", "السبت", "سبت", nullptr, nullptr},
      {"sunday", "sun", "الأحد", "الاحد", "أحد", nullptr}};
  for (int d = 0; d < 7; ++d) {
    for (const char* name : kWeekdays[d]) {
      if (name != nullptr) v.weekdays.emplace_back(NormalizeString(name), d + 1);
    }
  }
  for (const char* w : {"published", "updated", "posted", "last", "update", "on", "at", "date",
                        "time", "gmt", "utc", "local", "t", "z", "st", "nd", "rd", "th",
                        "نشر", "نشرت", "تاريخ", "بتاريخ", "التاريخ", "النشر", "آخر", "تحديث",
                        "التحديث", "في", "يوم", "الساعة", "بتوقيت", "توقيت", "غرينتش", "مكة",
                        "المكرمة", "ميلادي", "م", "ص", "am", "pm", "صباحا", "مساء", "مساءً",
                        "صباحاً"}) {
    v.fillers.push_back(NormalizeString(w));
  }
  for (const char* w : {"pm", "م", "مساء", "مساءً"}) v.after_noon.push_back(NormalizeString(w));
  for (const char* w : {"am", "ص", "صباحا", "صباحاً"}) v.before_noon.push_back(NormalizeString(w));
  return v;
}

const Vocab& GetVocab() {
  static const Vocab* v = new Vocab(BuildVocab());  // never destroyed: used until exit
  return *v;
}

bool Contains(const std::vector<std::string>& list, std::string_view w) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

// Punctuation among non-ASCII code points; anything else there is a letter.
bool IsPunct(char32_t cp) {
  return cp == 0x060C || cp == 0x061B || cp == 0x061F || (cp >= 0x066A && cp <= 0x066D) ||
         cp == 0x06D4 || (cp >= 0x00A0 && cp <= 0x00BF) || (cp >= 0x2000 && cp <= 0x206F) ||
         (cp >= 0x3000 && cp <= 0x303F) || cp == 0xFFFD;
}

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

void Tokenize(std::string_view norm, uint32_t b, uint32_t e, std::vector<Token>* out) {
  out->clear();
  uint32_t i = b;
  auto push = [&](Token::Kind kind, uint32_t from, uint32_t to) {
    Token t{kind, from, to, norm.substr(from, to - from)};
    if (kind == Token::kNum) {
      for (char c : t.text) t.value = std::min(t.value * 10 + (c - '0'), 1000000);
    }
    out->push_back(t);
  };
  while (i < e) {
    const char c = norm[i];
    const uint32_t start = i;
    if (c == ' ') {
      ++i;
    } else if (IsDigit(c)) {
      while (i < e && IsDigit(norm[i])) ++i;
      push(Token::kNum, start, i);
    } else if (IsAsciiLetter(c)) {
      while (i < e && IsAsciiLetter(norm[i])) ++i;
      push(Token::kWord, start, i);
    } else if (static_cast<unsigned char>(c) < 0x80) {
      push(Token::kPunct, start, ++i);
    } else {
      char32_t cp = 0;
      int len = base::DecodeUtf8(norm, i, &cp);
      if (len == 0 || IsPunct(cp)) {
        i += len == 0 ? 1 : static_cast<uint32_t>(len);
        push(Token::kPunct, start, i);
        continue;
      }
      while (i < e && static_cast<unsigned char>(norm[i]) >= 0x80) {
        len = base::DecodeUtf8(norm, i, &cp);
        if (len == 0 || IsPunct(cp)) break;
        i += static_cast<uint32_t>(len);
      }
      push(Token::kWord, start, i);
    }
  }
}

bool IsSep(const Token& t) { return t.kind == Token::kPunct && (t.text == "/" || t.text == "." || t.text == "-"); }
bool Adjacent(const Token& a, const Token& b) { return a.end == b.begin; }
bool IsNum(const std::vector<Token>& t, size_t k, size_t min_digits, size_t max_digits) {
  return k < t.size() && t[k].kind == Token::kNum && t[k].text.size() >= min_digits &&
         t[k].text.size() <= max_digits;
}
bool IsPunctText(const std::vector<Token>& t, size_t k, std::string_view s) {
  return k < t.size() && t[k].kind == Token::kPunct && t[k].text == s;
}

// Splits "HH:MMDD" (a time run into the day of a D/M/YYYY date) into
// "HH:MM" and "DD".
void SplitFusedTime(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  for (size_t k = 2; k + 4 < t.size(); ++k) {
    if (!IsNum(t, k - 2, 1, 2) || !IsPunctText(t, k - 1, ":") || !IsNum(t, k, 3, 4)) continue;
    if (!IsSep(t[k + 1]) || !IsNum(t, k + 2, 1, 2) || t[k + 3].text != t[k + 1].text ||
        !IsNum(t, k + 4, 4, 4)) {
      continue;
    }
    if (!Adjacent(t[k - 2], t[k - 1]) || !Adjacent(t[k - 1], t[k]) || !Adjacent(t[k], t[k + 1])) continue;
    Token minutes = t[k];
    Token day = t[k];
    minutes.end = minutes.begin + 2;
    minutes.text = minutes.text.substr(0, 2);
    day.begin = minutes.end;
    day.text = day.text.substr(2);
    minutes.value = (minutes.text[0] - '0') * 10 + (minutes.text[1] - '0');
    day.value = 0;
    for (char c : day.text) day.value = day.value * 10 + (c - '0');
    t[k] = minutes;
    t.insert(t.begin() + static_cast<std::ptrdiff_t>(k + 1), day);
    return;
  }
}

struct Match {
  size_t first = 0;  // token indexes, inclusive
  size_t last = 0;
};

struct DateMatch : Match {
  CivilDate date;
};

bool ValidYear(int y) { return y >= 1900 && y <= 2100; }

bool Finish(int y, int m, int d, size_t first, size_t last, DateMatch* out) {
  const CivilDate date{y, m, d};
  if (!ValidYear(y) || !date.IsValid()) return false;
  out->date = date;
  out->first = first;
  out->last = last;
  return true;
}

// "17/09/2024", "2024-09-17", "09/17/2024" (a first number above 12 is a
// day; when both could be the month, day first, as most of the world and
// every Arabic outlet writes it).
bool NumericDate(const std::vector<Token>& t, size_t k, DateMatch* out) {
  if (k + 4 >= t.size()) return false;
  if (t[k].kind != Token::kNum || !IsSep(t[k + 1]) || t[k + 2].kind != Token::kNum ||
      t[k + 3].text != t[k + 1].text || t[k + 4].kind != Token::kNum) {
    return false;
  }
  for (size_t j = k; j < k + 4; ++j) {
    if (!Adjacent(t[j], t[j + 1])) return false;
  }
  const size_t d0 = t[k].text.size(), d1 = t[k + 2].text.size(), d2 = t[k + 4].text.size();
  const int a = t[k].value, b = t[k + 2].value, c = t[k + 4].value;
  if (d0 == 4 && d1 <= 2 && d2 <= 2) return Finish(a, b, c, k, k + 4, out);
  if (d0 > 2 || d1 > 2 || d2 != 4) return false;
  if (b > 12 && a <= 12) return Finish(c, a, b, k, k + 4, out);
  return Finish(c, b, a, k, k + 4, out);
}

// A month name at t[k] (one or two words, maybe "." after an abbreviation):
// its number, and in *next the index past it; 0 when there is none.
int MonthName(const std::vector<Token>& t, size_t k, size_t* next) {
  for (const auto& [words, month] : GetVocab().months) {
    size_t j = k;
    bool ok = true;
    for (const std::string& w : words) {
      if (j >= t.size() || t[j].kind != Token::kWord || t[j].text != w) {
        ok = false;
        break;
      }
      ++j;
    }
    if (!ok) continue;
    if (IsPunctText(t, j, ".")) ++j;
    *next = j;
    return month;
  }
  return 0;
}

// A month name, and maybe the same month's name in the other tradition
// after "/", "-" or "(": "سبتمبر/أيلول", "سبتمبر (أيلول)".
int MonthAt(const std::vector<Token>& t, size_t k, size_t* next) {
  const int month = MonthName(t, k, next);
  if (month == 0) return 0;
  const size_t j = *next;
  if (j < t.size() && t[j].kind == Token::kPunct &&
      (t[j].text == "/" || t[j].text == "-" || t[j].text == "(")) {
    size_t after = 0;
    if (MonthName(t, j + 1, &after) == month) {
      if (IsPunctText(t, after, ")")) ++after;
      *next = after;
    }
  }
  return month;
}

// A day number, with an English ordinal suffix run into it ("17th").
bool DayAt(const std::vector<Token>& t, size_t k, size_t* next) {
  if (!IsNum(t, k, 1, 2)) return false;
  *next = k + 1;
  if (*next < t.size() && t[*next].kind == Token::kWord && Adjacent(t[k], t[*next]) &&
      (t[*next].text == "st" || t[*next].text == "nd" || t[*next].text == "rd" ||
       t[*next].text == "th")) {
    ++*next;
  }
  return true;
}

size_t SkipComma(const std::vector<Token>& t, size_t k) {
  return IsPunctText(t, k, ",") || IsPunctText(t, k, "\xD8\x8C") ? k + 1 : k;  // , or ،
}

// "17 سبتمبر 2024", "17th September, 2024", "September 17, 2024".
bool NamedDate(const std::vector<Token>& t, size_t k, DateMatch* out) {
  size_t j = 0;
  if (DayAt(t, k, &j)) {
    size_t after = 0;
    const int month = MonthAt(t, SkipComma(t, j), &after);
    if (month == 0) return false;
    const size_t y = SkipComma(t, after);
    return IsNum(t, y, 4, 4) && Finish(t[y].value, month, t[k].value, k, y, out);
  }
  const int month = MonthAt(t, k, &j);
  if (month == 0) return false;
  size_t after = 0;
  if (!DayAt(t, j, &after)) return false;
  const size_t y = SkipComma(t, after);
  return IsNum(t, y, 4, 4) && Finish(t[y].value, month, t[j].value, k, y, out);
}

// "13:22", "13:22:05", "1:22 pm", "1:22 م".
bool TimeAt(const std::vector<Token>& t, size_t k, Match* m, int* minutes) {
  if (!IsNum(t, k, 1, 2) || !IsPunctText(t, k + 1, ":") || !IsNum(t, k + 2, 2, 2) ||
      !Adjacent(t[k], t[k + 1]) || !Adjacent(t[k + 1], t[k + 2])) {
    return false;
  }
  int hour = t[k].value;
  const int minute = t[k + 2].value;
  if (hour > 23 || minute > 59) return false;
  size_t last = k + 2;
  if (IsPunctText(t, last + 1, ":") && IsNum(t, last + 2, 2, 2) && Adjacent(t[last], t[last + 1])) {
    last += 2;
  }
  if (last + 1 < t.size() && t[last + 1].kind == Token::kWord && hour <= 12) {
    const Vocab& v = GetVocab();
    if (Contains(v.after_noon, t[last + 1].text)) {
      hour = hour % 12 + 12;
      ++last;
    } else if (Contains(v.before_noon, t[last + 1].text)) {
      hour %= 12;
      ++last;
    }
  }
  m->first = k;
  m->last = last;
  *minutes = hour * 60 + minute;
  return true;
}

int WeekdayOf(const Token& t) {
  if (t.kind != Token::kWord) return 0;
  for (const auto& [word, day] : GetVocab().weekdays) {
    if (t.text == word) return day;
  }
  return 0;
}

// Reads one line as a dateline, or returns false.
bool ReadLine(const std::vector<Token>& t, Dateline* out, Span* norm_span) {
  std::vector<bool> used(t.size(), false);  // accounted for: no residue
  std::vector<bool> part(t.size(), false);  // part of the dateline's span
  auto mark = [&](const Match& m, bool in_span) {
    for (size_t j = m.first; j <= m.last; ++j) {
      used[j] = true;
      if (in_span) part[j] = true;
    }
  };
  std::optional<DateMatch> date;
  for (size_t k = 0; k < t.size(); ++k) {
    if (used[k]) continue;
    DateMatch d;
    if (NumericDate(t, k, &d) || NamedDate(t, k, &d)) {
      mark(d, !date.has_value());  // later dates ("updated ...") are only accounted for
      if (!date) date = d;
    }
  }
  if (!date) return false;
  int minutes = -1;
  int weekday = 0;
  for (size_t k = 0; k < t.size(); ++k) {
    if (used[k]) continue;
    Match m;
    int mins = 0;
    if (TimeAt(t, k, &m, &mins)) {
      mark(m, minutes < 0);
      if (minutes < 0) minutes = mins;
    } else if (const int day = WeekdayOf(t[k]); day != 0) {
      mark(Match{k, k}, weekday == 0);
      if (weekday == 0) weekday = day;
    }
  }
  int other_words = 0;
  int other_numbers = 0;
  const Vocab& v = GetVocab();
  for (size_t k = 0; k < t.size(); ++k) {
    if (used[k]) continue;
    if (t[k].kind == Token::kWord && !Contains(v.fillers, t[k].text)) ++other_words;
    if (t[k].kind == Token::kNum) ++other_numbers;
  }
  if (other_words > kMaxOtherWords || other_numbers > kMaxOtherNumbers) return false;

  // The span: the date, grown over the time and weekday next to it (and
  // the punctuation between them).
  size_t first = date->first;
  size_t last = date->last;
  while (true) {
    if (first > 0 && part[first - 1]) {
      --first;
    } else if (first > 1 && t[first - 1].kind == Token::kPunct && part[first - 2]) {
      first -= 2;
    } else {
      break;
    }
  }
  while (true) {
    if (last + 1 < t.size() && part[last + 1]) {
      ++last;
    } else if (last + 2 < t.size() && t[last + 1].kind == Token::kPunct && part[last + 2]) {
      last += 2;
    } else {
      break;
    }
  }
  out->date = date->date;
  out->minutes = minutes;
  out->weekday = weekday;
  *norm_span = Span{t[first].begin, t[last].end};
  return true;
}

}  // namespace

std::optional<Dateline> FindDateline(std::string_view norm, const OffsetMap& norm_to_source) {
  std::vector<Token> tokens;
  uint32_t begin = 0;
  const auto n = static_cast<uint32_t>(norm.size());
  for (int line = 0; line < kMaxLines && begin < n; ++line) {
    uint32_t end = begin;
    while (end < n && norm[end] != '\n') ++end;
    if (end - begin <= kMaxLineBytes) {
      Tokenize(norm, begin, end, &tokens);
      SplitFusedTime(&tokens);
      Dateline found;
      Span span;
      if (ReadLine(tokens, &found, &span)) {
        found.span = norm_to_source.ToBase(span);
        return found;
      }
    }
    begin = end + 1;
  }
  return std::nullopt;
}

}  // namespace figcheck::text
