// Calendar phrases in Arabic and English: month-name traditions and their
// paired forms, day ranges and lists, month and year spans, weekdays, and
// dates in digits.
#include <catch2/catch.hpp>

#include "date_testing.h"

using namespace figcheck;
using figcheck::testing::D;
using figcheck::testing::Extract;

namespace {

// The only date mention of `text`.
DateValue OnlyDate(const std::string& text, const std::string& lang,
                   std::optional<CivilDate> doc = std::nullopt) {
  const auto dates = testing::OfKind(Extract(text, lang, doc), MentionKind::kDate);
  INFO(text);
  REQUIRE(dates.size() == 1);
  return *dates[0].date;
}

void CheckDays(const std::string& text, const std::string& lang, const char* from,
               const char* to) {
  const DateValue v = OnlyDate(text, lang);
  INFO(text);
  CHECK(v.resolved());
  CHECK(v.from == D(from));
  CHECK(v.to == D(to));
}

}  // namespace

TEST_CASE("Arabic month names in both traditions, alone and paired", "[dates][ar]") {
  const char* egyptian[] = {"يناير", "فبراير", "مارس",  "أبريل",  "مايو",   "يونيو",
                            "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"};
  const char* levantine[] = {"كانون الثاني", "شباط",  "آذار",        "نيسان",
                             "أيار",         "حزيران", "تموز",        "آب",
                             "أيلول",        "تشرين الأول", "تشرين الثاني", "كانون الأول"};
  for (int m = 1; m <= 12; ++m) {
    const CivilDate day{2024, m, 3};
    for (const std::string& name : {std::string(egyptian[m - 1]), std::string(levantine[m - 1])}) {
      CheckDays("وقع ذلك في 3 " + name + " 2024.", "ar", day.ToIso().c_str(), day.ToIso().c_str());
    }
    const std::string e = egyptian[m - 1], l = levantine[m - 1];
    for (const std::string& pair : {e + "/" + l, l + "/" + e, e + "/ " + l, e + " / " + l,
                                    e + " (" + l + ")"}) {
      CheckDays("في 3 " + pair + " 2024", "ar", day.ToIso().c_str(), day.ToIso().c_str());
    }
  }
}

TEST_CASE("Month names that are common words need a number", "[dates][ar][en]") {
  CHECK(testing::OfKind(Extract("مارس الرياضة منذ صغره.", "ar"), MentionKind::kDate).empty());
  CHECK(testing::OfKind(Extract("زار نيسان المعرض.", "ar"), MentionKind::kDate).empty());
  CHECK(testing::OfKind(Extract("They may march on.", "en"), MentionKind::kDate).empty());
  CheckDays("في 5 مارس 2024", "ar", "2024-03-05", "2024-03-05");
  CheckDays("on May 5, 2024", "en", "2024-05-05", "2024-05-05");
  // A paired name whose halves disagree is not a pair: "3 سبتمبر" has no
  // year of its own.
  const auto ms = testing::OfKind(Extract("في 3 سبتمبر/أكتوبر 2024", "ar"), MentionKind::kDate);
  REQUIRE_FALSE(ms.empty());
  CHECK(ms[0].date->unresolved == "no year and no document date");
}

TEST_CASE("Arabic day ranges and lists", "[dates][ar]") {
  CheckDays("يومي 14 و15 سبتمبر 2024", "ar", "2024-09-14", "2024-09-15");
  CheckDays("في 14 - 15 سبتمبر 2024", "ar", "2024-09-14", "2024-09-15");
  CheckDays("من 14 إلى 15 سبتمبر 2024", "ar", "2024-09-14", "2024-09-15");
  CheckDays("بين 14 و16 سبتمبر 2024", "ar", "2024-09-14", "2024-09-16");
  CheckDays("أيام 14 و15 و16 سبتمبر 2024", "ar", "2024-09-14", "2024-09-16");
  CheckDays("من 28 سبتمبر إلى 2 أكتوبر 2024", "ar", "2024-09-28", "2024-10-02");
  CheckDays("من 28 ديسمبر إلى 2 يناير 2025", "ar", "2024-12-28", "2025-01-02");
  // Days that are not consecutive are separate dates.
  const auto dates = testing::OfKind(Extract("يومي 5 و9 سبتمبر 2024", "ar"), MentionKind::kDate);
  REQUIRE(dates.size() == 2);
  CHECK(dates[0].date->from == D("2024-09-05"));
  CHECK(dates[1].date->from == D("2024-09-09"));
}

TEST_CASE("English day ranges and lists", "[dates][en]") {
  CheckDays("It ran 14-15 September 2024.", "en", "2024-09-14", "2024-09-15");
  CheckDays("It ran September 14-15, 2024.", "en", "2024-09-14", "2024-09-15");
  CheckDays("between 14 and 15 September 2024", "en", "2024-09-14", "2024-09-15");
  CheckDays("from 14 to 16 September 2024", "en", "2024-09-14", "2024-09-16");
  CheckDays("on September 14 and 15, 2024", "en", "2024-09-14", "2024-09-15");
  CheckDays("from September 28 to October 2, 2024", "en", "2024-09-28", "2024-10-02");
  CheckDays("28 December - 2 January 2025", "en", "2024-12-28", "2025-01-02");
}

TEST_CASE("A range of days also gives its length", "[dates][duration]") {
  const auto ms = Extract("يومي 14 و15 سبتمبر 2024", "ar");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].qualifier == Qualifier::kRange);
  REQUIRE(ms[0].duration);
  CHECK(ms[0].duration->amount == 2);
  CHECK(ms[0].duration->unit == DurationUnit::kDay);
  // Known even while the dates are not: they lie in one month.
  const auto un = Extract("يومي 14 - 15 سبتمبر الجاري", "ar");
  REQUIRE(un.size() == 1);
  CHECK_FALSE(un[0].date->resolved());
  REQUIRE(un[0].duration);
  CHECK(un[0].duration->amount == 2);
}

TEST_CASE("English day-month orders", "[dates][en]") {
  CheckDays("17 September 2024", "en", "2024-09-17", "2024-09-17");
  CheckDays("September 17, 2024", "en", "2024-09-17", "2024-09-17");
  CheckDays("Sept. 17, 2024", "en", "2024-09-17", "2024-09-17");
  CheckDays("the 17th of September 2024", "en", "2024-09-17", "2024-09-17");
  CheckDays("Sep 17 2024", "en", "2024-09-17", "2024-09-17");
  CheckDays("on 1st March 2024", "en", "2024-03-01", "2024-03-01");
  CheckDays("في الـ15 من سبتمبر 2024", "ar", "2024-09-15", "2024-09-15");
}

TEST_CASE("Month and year spans", "[dates]") {
  CheckDays("سبتمبر 2024", "ar", "2024-09-01", "2024-09-30");
  CheckDays("شباط 2024", "ar", "2024-02-01", "2024-02-29");
  CheckDays("في سبتمبر من عام 2024", "ar", "2024-09-01", "2024-09-30");
  CheckDays("عام 2020", "ar", "2020-01-01", "2020-12-31");
  CheckDays("منذ 2011", "ar", "2011-01-01", "2011-12-31");
  CheckDays("خلال 2020-2022", "ar", "2020-01-01", "2022-12-31");
  CheckDays("بين عامي 2020 و2022", "ar", "2020-01-01", "2022-12-31");
  CheckDays("in September 2024", "en", "2024-09-01", "2024-09-30");
  CheckDays("in 2020", "en", "2020-01-01", "2020-12-31");
  CheckDays("from 2020 to 2022", "en", "2020-01-01", "2022-12-31");
  CheckDays("the 2020-2022 period", "en", "2020-01-01", "2022-12-31");
  const DateValue m = OnlyDate("سبتمبر 2024", "ar");
  CHECK(m.granularity == DateGranularity::kMonth);
  CHECK(OnlyDate("in 2020", "en").granularity == DateGranularity::kYear);
  // A number that is only a number stays one.
  CHECK(testing::OfKind(Extract("قتل 2020 شخصا.", "ar"), MentionKind::kDate).empty());
  CHECK(testing::OfKind(Extract("It cost 2020 dollars.", "en"), MentionKind::kDate).empty());
}

TEST_CASE("Weekdays beside dates are kept, matching or not", "[dates]") {
  CHECK(OnlyDate("الثلاثاء 17 سبتمبر 2024", "ar").weekday == 2);
  CHECK(OnlyDate("يوم الثلاثاء، 17 سبتمبر 2024", "ar").weekday == 2);
  CHECK(OnlyDate("Tuesday, 17 September 2024", "en").weekday == 2);
  CHECK(OnlyDate("Tue., Sept. 17, 2024", "en").weekday == 2);
  CHECK(OnlyDate("17/09/2024, الثلاثاء", "ar").weekday == 2);
  // Wrong, and kept so that a later check can say so.
  const DateValue v = OnlyDate("الأربعاء 17 سبتمبر 2024", "ar");
  CHECK(v.weekday == 3);
  CHECK(v.from == D("2024-09-17"));
}

TEST_CASE("Dates in digits: order by language, ambiguity flagged", "[dates][numeric]") {
  CheckDays("17/09/2024", "ar", "2024-09-17", "2024-09-17");
  CheckDays("2024-09-17", "en", "2024-09-17", "2024-09-17");
  CheckDays("17.9.2024", "en", "2024-09-17", "2024-09-17");
  CheckDays("9/17/2024", "en", "2024-09-17", "2024-09-17");
  // Both readings valid: Arabic settles day-month; English flags it.
  const DateValue ar = OnlyDate("05/09/2024", "ar");
  CHECK(ar.from == D("2024-09-05"));
  CHECK_FALSE(ar.ambiguous);
  const DateValue en = OnlyDate("05/09/2024", "en");
  CHECK(en.from == D("2024-05-09"));
  CHECK(en.ambiguous);
  CHECK_FALSE(OnlyDate("05/05/2024", "en").ambiguous);
  CHECK_FALSE(OnlyDate("17/09/2024", "en").ambiguous);
  // Not dates: no such day, or too few parts.
  CHECK(testing::OfKind(Extract("31/02/2024", "ar"), MentionKind::kDate).empty());
  CHECK(testing::OfKind(Extract("3/4 of them", "en"), MentionKind::kDate).empty());
  CHECK(testing::OfKind(Extract("version 1.2.3", "en"), MentionKind::kDate).empty());
}

TEST_CASE("No such day is no date", "[dates]") {
  CHECK(testing::OfKind(Extract("في 31 فبراير 2024", "ar"), MentionKind::kDate).empty());
  CHECK(testing::OfKind(Extract("on February 30, 2023", "en"), MentionKind::kDate).empty());
  CheckDays("في 29 فبراير 2024", "ar", "2024-02-29", "2024-02-29");
}
