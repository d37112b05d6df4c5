// The date grammar's vocabulary for one language: the lexicons of
// rules/<lang>/dates.yaml and durations.yaml (month and weekday names,
// relative words, units, clock words) and the date_policy settings, looked
// up once when the grammar is built. A lexicon a pack does not define is
// empty, so a language can leave out what it does not need.
#ifndef FIGCHECK_EXTRACT_DATE_VOCAB_H_
#define FIGCHECK_EXTRACT_DATE_VOCAB_H_

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "figcheck/mention.h"
#include "rulebook/rule_book.h"
#include "rulebook/word_set.h"
#include "text/token.h"

namespace figcheck::extract {

// The lexicons the date and duration grammars read, by rule-pack name.
enum class DateLex {
  kGregorianMonths,   // gregorian_months: month, needs_number, abbr
  kHijriMonths,       // hijri_months: month, needs_number
  kWeekdays,          // weekdays: weekday, needs_date
  kWeekdayBlockers,   // weekday_blockers
  kLeads,             // date_leads: role
  kConnectors,        // range_connectors: kind (range | list)
  kDayMonthLinks,     // day_month_links
  kDaySuffixes,       // day_suffixes
  kDayOrdinals,       // day_ordinals: day ("الرابع", "first")
  kDayPrefixes,       // day_prefixes
  kEras,              // eras: calendar
  kYearBlockers,      // year_blockers: glued after a year, not a year ("1990s")
  kRelativeAfter,     // relative_after: shift
  kRelativeBefore,    // relative_before: shift
  kCalendarUnits,     // calendar_units: unit
  kUnitBlockersBefore,  // unit_blockers_before: before a unit, not a date
  kDeictics,          // day_deictics: offset
  kDeicticBlockers,   // deictic_blockers: after a deictic, not a date
  kDeicticBlockersBefore,  // deictic_blockers_before: before one
  kFutureCues,        // future_cues
  kClockLeads,        // clock_leads
  kClockHours,        // clock_hours: hour, alone
  kClockFractions,    // clock_fractions: minutes
  kClockPeriods,      // clock_periods: period (am | pm | night | none)
  kDurationUnits,     // duration_units: unit, count, scale
  kDurationRanges,    // duration_range_connectors
  kDurationBlockers,  // duration_blockers: after a unit, not a duration ("-old")
  kCount
};

// A month name at a token: "سبتمبر", "كانون الثاني", "Sept." (with its stop).
struct MonthMatch {
  int month = 0;
  Calendar calendar = Calendar::kGregorian;
  size_t begin = 0;
  size_t end = 0;
  bool needs_number = false;
  size_t clitic_len = 0;  // bytes of a clitic on the first word ("ومارس")
};

class DateVocab {
 public:
  DateVocab(const rulebook::RuleBook& book, const std::string& lang);

  const rulebook::Lexicon& lex(DateLex l) const { return *lex_[static_cast<size_t>(l)]; }
  std::optional<rulebook::PhraseMatch> At(DateLex l, const text::TokenView& tv, size_t i) const {
    return lex(l).MatchAt(tv, i);
  }
  // The entry of `l` that matches at i, with `key` equal to `value`.
  std::optional<rulebook::PhraseMatch> AtWith(DateLex l, const text::TokenView& tv, size_t i,
                                              std::string_view key, std::string_view value) const;
  std::optional<MonthMatch> MonthAt(const text::TokenView& tv, size_t i) const;

  // What a word may begin, in one look-up: most words begin nothing, and
  // the grammar skips them. kMayStart: the first word of an entry of a
  // lexicon a phrase can open with (a month, a weekday, a unit...);
  // kLeadWord: of a word that only leads into one ("في", "in", "the",
  // "last"), worth trying only before a number or another such word;
  // kUnitWord: of duration_units. Clitics of any lexicon are allowed, so
  // this never misses what MatchAt finds.
  enum WordFlag : uint8_t { kMayStart = 1, kUnitWord = 2, kLeadWord = 4 };
  // `hash` is the word's text::WordHash (text::Token::hash).
  uint8_t WordFlags(std::string_view word, uint64_t hash) const;
  uint8_t WordFlags(std::string_view word) const { return WordFlags(word, text::WordHash(word)); }

  // Settings (date_policy).
  bool day_first() const { return day_first_; }            // numeric_order: dmy
  bool month_first() const { return month_first_; }        // "September 17"
  bool order_decides() const { return order_decides_; }    // numeric_order_decides
  int week_start() const { return week_start_; }
  bool yearless_nearest() const { return yearless_nearest_; }
  const std::string& hijri_calendar() const { return hijri_calendar_; }
  // True when a numeric date with this year and no era is Hijri.
  bool NumericYearIsHijri(int year) const {
    return year >= hijri_numeric_low_ && year <= hijri_numeric_high_;
  }

 private:
  std::string Setting(const rulebook::RuleBook& book, const std::string& lang,
                      std::string_view name, std::string_view fallback) const;

  void IndexFirstWords();

  std::array<const rulebook::Lexicon*, static_cast<size_t>(DateLex::kCount)> lex_{};
  // First words of the entries of the lexicons a phrase may open with,
  // bare and behind each clitic of any lexicon -> WordFlag bits.
  rulebook::WordSet word_flags_;
  bool day_first_ = true;
  bool month_first_ = false;
  bool order_decides_ = false;
  int week_start_ = 1;
  bool yearless_nearest_ = true;
  std::string hijri_calendar_;
  int hijri_numeric_low_ = 1;
  int hijri_numeric_high_ = 0;
};

}  // namespace figcheck::extract

#endif  // FIGCHECK_EXTRACT_DATE_VOCAB_H_
