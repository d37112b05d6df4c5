// The date packs themselves: every setting valid, every attribute the
// grammar reads present and in range, so a typo in rules/ fails here and
// not silently in the grammar.
#include <catch2/catch.hpp>

#include <set>

#include "date_testing.h"
#include "extract/date_vocab.h"
#include "extract/hijri.h"

using namespace figcheck;
using namespace figcheck::extract;

namespace {

// Every entry of `l` has `key` with one of `allowed` values.
void CheckAttr(const DateVocab& v, DateLex l, const char* key, const std::set<std::string>& allowed) {
  for (const rulebook::LexEntry& e : v.lex(l).entries) {
    INFO(e.where.path << ":" << e.where.line << " " << e.surface << " " << key);
    CHECK(allowed.count(std::string(e.Attr(key))) == 1);
  }
}

std::set<std::string> Range(int lo, int hi) {
  std::set<std::string> s;
  for (int k = lo; k <= hi; ++k) s.insert(std::to_string(k));
  return s;
}

}  // namespace

TEST_CASE("The built-in date settings are valid", "[dates][packs]") {
  for (const char* lang : {"ar", "en"}) {
    INFO(lang);
    const DateVocab v(*testing::BuiltinRules(), lang);
    CHECK(IsHijriCalendar(v.hijri_calendar()));
    CHECK(v.week_start() >= 1);
    CHECK(v.week_start() <= 7);
    CHECK_FALSE(v.lex(DateLex::kGregorianMonths).entries.empty());
    CHECK_FALSE(v.lex(DateLex::kHijriMonths).entries.empty());
    CHECK_FALSE(v.lex(DateLex::kWeekdays).entries.empty());
    CHECK_FALSE(v.lex(DateLex::kDurationUnits).entries.empty());
    CheckAttr(v, DateLex::kGregorianMonths, "month", Range(1, 12));
    CheckAttr(v, DateLex::kHijriMonths, "month", Range(1, 12));
    CheckAttr(v, DateLex::kWeekdays, "weekday", Range(1, 7));
    CheckAttr(v, DateLex::kDayOrdinals, "day", Range(1, 31));
    CheckAttr(v, DateLex::kLeads, "role", {"range", "days", "day", "month", "year", "bare"});
    CheckAttr(v, DateLex::kLeads, "direction", {"", "past"});
    CheckAttr(v, DateLex::kConnectors, "kind", {"range", "list"});
    CheckAttr(v, DateLex::kEras, "calendar", {"hijri", "gregorian"});
    CheckAttr(v, DateLex::kRelativeAfter, "shift", {"-1", "0", "1"});
    CheckAttr(v, DateLex::kRelativeBefore, "shift", {"-1", "0", "1"});
    CheckAttr(v, DateLex::kCalendarUnits, "unit", {"day", "week", "month", "year"});
    CheckAttr(v, DateLex::kDeictics, "offset", Range(-2, 2));
    CheckAttr(v, DateLex::kClockHours, "hour", Range(0, 24));
    CheckAttr(v, DateLex::kClockPeriods, "period", {"am", "pm", "night", "none"});
    CheckAttr(v, DateLex::kDurationUnits, "unit",
              {"minute", "hour", "day", "week", "month", "year"});
  }
  const DateVocab ar(*testing::BuiltinRules(), "ar"), en(*testing::BuiltinRules(), "en");
  CHECK(ar.day_first());
  CHECK(ar.order_decides());
  CHECK_FALSE(en.day_first());
  CHECK_FALSE(en.order_decides());
  CHECK(ar.NumericYearIsHijri(1436));
  CHECK_FALSE(en.NumericYearIsHijri(1436));
}

TEST_CASE("Every month has a name in each tradition", "[dates][packs]") {
  for (const char* lang : {"ar", "en"}) {
    const DateVocab v(*testing::BuiltinRules(), lang);
    for (DateLex l : {DateLex::kGregorianMonths, DateLex::kHijriMonths}) {
      std::set<int> months;
      for (const auto& e : v.lex(l).entries) months.insert(static_cast<int>(e.Number("month")));
      INFO(lang);
      CHECK(months.size() == 12);
    }
  }
}

TEST_CASE("WordFlags finds first words with clitics and skips the rest", "[dates][packs]") {
  const DateVocab v(*testing::BuiltinRules(), "ar");
  CHECK(v.WordFlags("سبتمبر") & DateVocab::kMayStart);
  CHECK(v.WordFlags("وسبتمبر") & DateVocab::kMayStart);
  CHECK(v.WordFlags("يومين") & DateVocab::kUnitWord);
  CHECK(v.WordFlags("اليومين") & DateVocab::kUnitWord);
  CHECK(v.WordFlags("الاستخبارات") == 0);
  CHECK(v.WordFlags("و") == 0);
}
