#include "extract/date_vocab.h"

#include <algorithm>
#include <cstdlib>
#include <iterator>
#include <map>

#include "extract/hijri.h"

namespace figcheck::extract {
namespace {

// The rule-pack name of each lexicon.
struct LexName {
  DateLex lex;
  const char* name;
};
constexpr LexName kNames[] = {
    {DateLex::kGregorianMonths, "gregorian_months"},
    {DateLex::kHijriMonths, "hijri_months"},
    {DateLex::kWeekdays, "weekdays"},
    {DateLex::kWeekdayBlockers, "weekday_blockers"},
    {DateLex::kLeads, "date_leads"},
    {DateLex::kConnectors, "range_connectors"},
    {DateLex::kDayMonthLinks, "day_month_links"},
    {DateLex::kDaySuffixes, "day_suffixes"},
    {DateLex::kDayOrdinals, "day_ordinals"},
    {DateLex::kDayPrefixes, "day_prefixes"},
    {DateLex::kEras, "eras"},
    {DateLex::kYearBlockers, "year_blockers"},
    {DateLex::kRelativeAfter, "relative_after"},
    {DateLex::kRelativeBefore, "relative_before"},
    {DateLex::kCalendarUnits, "calendar_units"},
    {DateLex::kUnitBlockersBefore, "unit_blockers_before"},
    {DateLex::kDeictics, "day_deictics"},
    {DateLex::kDeicticBlockers, "deictic_blockers"},
    {DateLex::kDeicticBlockersBefore, "deictic_blockers_before"},
    {DateLex::kFutureCues, "future_cues"},
    {DateLex::kClockLeads, "clock_leads"},
    {DateLex::kClockHours, "clock_hours"},
    {DateLex::kClockFractions, "clock_fractions"},
    {DateLex::kClockPeriods, "clock_periods"},
    {DateLex::kDurationUnits, "duration_units"},
    {DateLex::kDurationRanges, "duration_range_connectors"},
    {DateLex::kDurationBlockers, "duration_blockers"},
};
static_assert(std::size(kNames) == static_cast<size_t>(DateLex::kCount),
              "every DateLex needs its rule-pack name");

const rulebook::Lexicon& EmptyLexicon() {
  static const rulebook::Lexicon empty;
  return empty;
}

int ToInt(const std::string& s, int fallback) {
  char* end = nullptr;
  const long v = std::strtol(s.c_str(), &end, 10);
  return end != s.c_str() ? static_cast<int>(v) : fallback;
}

}  // namespace

DateVocab::DateVocab(const rulebook::RuleBook& book, const std::string& lang) {
  for (const LexName& n : kNames) {
    const rulebook::Lexicon* l = book.FindLexicon(n.name, lang);
    lex_[static_cast<size_t>(n.lex)] = l != nullptr ? l : &EmptyLexicon();
  }
  day_first_ = Setting(book, lang, "numeric_order", "dmy") != "mdy";
  order_decides_ = Setting(book, lang, "numeric_order_decides", "false") == "true";
  month_first_ = Setting(book, lang, "month_first", "false") == "true";
  week_start_ = ToInt(Setting(book, lang, "week_start", "1"), 1);
  if (week_start_ < 1 || week_start_ > 7) week_start_ = 1;
  yearless_nearest_ = Setting(book, lang, "yearless", "nearest") != "same_year";
  hijri_calendar_ = Setting(book, lang, "hijri_calendar", kDefaultHijriCalendar);
  // A calendar ICU does not know would turn every Hijri date into nonsense;
  // the packs' own test ("The built-in date settings are valid") keeps the
  // shipped value right, and a user's typo falls back to the default.
  if (!IsHijriCalendar(hijri_calendar_)) hijri_calendar_ = kDefaultHijriCalendar;
  IndexFirstWords();
  const std::string years = Setting(book, lang, "hijri_numeric_years", "");
  if (const size_t dots = years.find(".."); dots != std::string::npos) {
    hijri_numeric_low_ = ToInt(years.substr(0, dots), 1);
    hijri_numeric_high_ = ToInt(years.substr(dots + 2), 0);
  }
}

void DateVocab::IndexFirstWords() {
  std::map<std::string, uint8_t> first_words;  // first word of an entry -> flags
  std::vector<std::string> clitics;            // of every lexicon
  // Lexicons that only continue a phrase never open one.
  constexpr DateLex kFollowers[] = {DateLex::kWeekdayBlockers, DateLex::kUnitBlockersBefore,
                                    DateLex::kConnectors,
                                    DateLex::kDayMonthLinks,   DateLex::kDaySuffixes,
                                    DateLex::kEras,            DateLex::kYearBlockers,
                                    DateLex::kRelativeAfter,
                                    DateLex::kDeicticBlockers, DateLex::kDeicticBlockersBefore,
                                    DateLex::kFutureCues,
                                    DateLex::kClockHours,      DateLex::kClockFractions,
                                    DateLex::kClockPeriods,    DateLex::kDurationRanges,
                                    DateLex::kDurationBlockers};
  for (size_t k = 0; k < lex_.size(); ++k) {
    const DateLex l = static_cast<DateLex>(k);
    if (std::find(std::begin(kFollowers), std::end(kFollowers), l) != std::end(kFollowers)) {
      continue;
    }
    const bool lead = l == DateLex::kLeads || l == DateLex::kRelativeBefore ||
                      l == DateLex::kDayPrefixes;
    const uint8_t flag = lead                             ? kLeadWord
                         : l == DateLex::kDurationUnits ? kMayStart | kUnitWord
                                                        : kMayStart;
    for (const rulebook::LexEntry& e : lex_[k]->entries) first_words[e.tokens.front()] |= flag;
    for (const std::string& c : lex_[k]->clitics) {
      if (std::find(clitics.begin(), clitics.end(), c) == clitics.end()) clitics.push_back(c);
    }
  }
  // Each word with each clitic of any lexicon before it, so that a word of
  // the text costs one probe. As Lexicon::MatchAt, a clitic leaves at least
  // two letters (four bytes).
  for (const auto& [word, flags] : first_words) {
    word_flags_.Insert(word, flags);
    if (word.size() < 4) continue;
    for (const std::string& c : clitics) word_flags_.Insert(c + word, flags);
  }
  word_flags_.Build();
}

uint8_t DateVocab::WordFlags(std::string_view word, uint64_t hash) const {
  return static_cast<uint8_t>(word_flags_.Bits(word, hash));
}

std::string DateVocab::Setting(const rulebook::RuleBook& book, const std::string& lang,
                               std::string_view name, std::string_view fallback) const {
  // The language's own setting first, then the one shared by all ("any").
  for (const std::string& l : {lang, std::string("any")}) {
    auto it = book.lexicons().find({"date_policy", l});
    if (it == book.lexicons().end()) continue;
    for (const rulebook::LexEntry& e : it->second.entries) {
      if (e.surface == name) return std::string(e.Attr("value"));
    }
  }
  return std::string(fallback);
}

std::optional<rulebook::PhraseMatch> DateVocab::AtWith(DateLex l, const text::TokenView& tv,
                                                       size_t i, std::string_view key,
                                                       std::string_view value) const {
  auto m = At(l, tv, i);
  if (m && m->entry->Attr(key) == value) return m;
  return std::nullopt;
}

std::optional<MonthMatch> DateVocab::MonthAt(const text::TokenView& tv, size_t i) const {
  for (DateLex l : {DateLex::kGregorianMonths, DateLex::kHijriMonths}) {
    auto m = At(l, tv, i);
    if (!m) continue;
    MonthMatch out;
    out.month = static_cast<int>(m->entry->Number("month"));
    out.calendar = l == DateLex::kHijriMonths ? Calendar::kHijri : Calendar::kGregorian;
    out.begin = m->begin;
    out.end = m->end;
    out.needs_number = m->entry->Attr("needs_number") == "true";
    out.clitic_len = m->clitic_len;
    // "Sept." keeps its full stop.
    if (m->entry->Attr("abbr") == "true" && tv.is_text(out.end, ".")) ++out.end;
    if (out.month >= 1 && out.month <= 12) return out;
  }
  return std::nullopt;
}

}  // namespace figcheck::extract
