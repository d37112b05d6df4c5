// Relative dates: resolved from the document date, or unresolved with the
// reason when there is none.
#include <catch2/catch.hpp>

#include "date_testing.h"
#include "extract/relative.h"

using namespace figcheck;
using namespace figcheck::extract;
using figcheck::testing::D;
using figcheck::testing::Extract;

namespace {

const CivilDate kTuesday = D("2024-09-17");

DateValue OnlyDate(const std::string& text, const std::string& lang,
                   std::optional<CivilDate> doc = kTuesday) {
  const auto dates = testing::OfKind(Extract(text, lang, doc), MentionKind::kDate);
  INFO(text);
  REQUIRE(dates.size() == 1);
  return *dates[0].date;
}

void CheckRelative(const std::string& text, const std::string& lang, const char* from,
                   const char* to) {
  const DateValue v = OnlyDate(text, lang);
  INFO(text);
  CHECK(v.resolved());
  CHECK(v.relative);
  CHECK(v.anchor == kTuesday);
  CHECK(v.from == D(from));
  CHECK(v.to == D(to));
  const DateValue none = OnlyDate(text, lang, std::nullopt);
  CHECK_FALSE(none.resolved());
  CHECK_FALSE(none.unresolved.empty());
}

}  // namespace

TEST_CASE("Week, month and year ranges", "[dates][relative]") {
  CHECK(WeekRange(kTuesday, 1).from == D("2024-09-16"));  // Monday
  CHECK(WeekRange(kTuesday, 7).from == D("2024-09-15"));  // Sunday
  CHECK(WeekRange(D("2024-09-15"), 7).to == D("2024-09-21"));
  CHECK(MonthRange(2024, 2).to == D("2024-02-29"));
  CHECK(DistanceDays(MonthRange(2024, 9), kTuesday) == 0);
  CHECK(DistanceDays(MonthRange(2024, 7), kTuesday) == 48);
}

TEST_CASE("PickYear: nearest, last, next, this, not after", "[dates][relative]") {
  auto sept14 = [](int y) { return std::optional<DayRange>(DayRange{{y, 9, 14}, {y, 9, 14}}); };
  auto dec28 = [](int y) { return std::optional<DayRange>(DayRange{{y, 12, 28}, {y, 12, 28}}); };
  CHECK(PickYear(2024, kTuesday, YearRule::kNearest, sept14) == 2024);
  CHECK(PickYear(2025, D("2025-01-03"), YearRule::kNearest, dec28) == 2024);
  CHECK(PickYear(2025, D("2025-01-03"), YearRule::kSameYear, dec28) == 2025);
  CHECK(PickYear(2024, D("2024-09-10"), YearRule::kLast, sept14) == 2023);
  CHECK(PickYear(2024, kTuesday, YearRule::kLast, sept14) == 2024);
  CHECK(PickYear(2024, kTuesday, YearRule::kNext, sept14) == 2025);
  CHECK(PickYear(2024, kTuesday, YearRule::kThis, dec28) == 2024);
  CHECK(PickYear(2024, kTuesday, YearRule::kNotAfter, dec28) == 2023);
  CHECK(PickYear(2024, kTuesday, YearRule::kNotAfter, sept14) == 2024);
  auto september = [](int y) { return std::optional<DayRange>(MonthRange(y, 9)); };
  CHECK(PickYear(2024, kTuesday, YearRule::kNotAfter, september) == 2024);
  CHECK(PickYear(2024, kTuesday, YearRule::kLast, september) == 2023);
  auto feb29 = [](int y) {
    const CivilDate d{y, 2, 29};
    return d.IsValid() ? std::optional<DayRange>(DayRange{d, d}) : std::nullopt;
  };
  CHECK(PickYear(2025, D("2025-03-01"), YearRule::kNearest, feb29) == 2024);
}

TEST_CASE("Arabic relative words", "[dates][relative][ar]") {
  CheckRelative("سبتمبر الجاري", "ar", "2024-09-01", "2024-09-30");
  CheckRelative("يومي 14 - 15 سبتمبر/ أيلول الجاري", "ar", "2024-09-14", "2024-09-15");
  CheckRelative("في سبتمبر الماضي", "ar", "2023-09-01", "2023-09-30");
  CheckRelative("في أغسطس الماضي", "ar", "2024-08-01", "2024-08-31");
  CheckRelative("في أكتوبر المقبل", "ar", "2024-10-01", "2024-10-31");
  CheckRelative("في سبتمبر من العام الماضي", "ar", "2023-09-01", "2023-09-30");
  CheckRelative("الشهر الجاري", "ar", "2024-09-01", "2024-09-30");
  CheckRelative("الشهر الحالي", "ar", "2024-09-01", "2024-09-30");
  CheckRelative("الشهر المنصرم", "ar", "2024-08-01", "2024-08-31");
  CheckRelative("العام القادم", "ar", "2025-01-01", "2025-12-31");
  CheckRelative("هذا العام", "ar", "2024-01-01", "2024-12-31");
  CheckRelative("السنة الماضية", "ar", "2023-01-01", "2023-12-31");
  CheckRelative("الأسبوع الماضي", "ar", "2024-09-08", "2024-09-14");
  CheckRelative("أمس", "ar", "2024-09-16", "2024-09-16");
  CheckRelative("قال اليوم", "ar", "2024-09-17", "2024-09-17");
  CheckRelative("غداً", "ar", "2024-09-18", "2024-09-18");
  CheckRelative("أول أمس", "ar", "2024-09-15", "2024-09-15");
  CheckRelative("14 سبتمبر", "ar", "2024-09-14", "2024-09-14");
  CheckRelative("منذ أكتوبر", "ar", "2023-10-01", "2023-10-31");
  CheckRelative("في أكتوبر", "ar", "2024-10-01", "2024-10-31");
  CheckRelative("قال الخميس", "ar", "2024-09-12", "2024-09-12");
  CheckRelative("قال الثلاثاء", "ar", "2024-09-17", "2024-09-17");
  CheckRelative("الخميس الماضي", "ar", "2024-09-12", "2024-09-12");
  CheckRelative("الخميس المقبل", "ar", "2024-09-19", "2024-09-19");
  CheckRelative("من المقرر أن يصل الخميس", "ar", "2024-09-19", "2024-09-19");
  CheckRelative("سوف يصل الوفد يوم الثلاثاء", "ar", "2024-09-17", "2024-09-17");
}

TEST_CASE("English relative words", "[dates][relative][en]") {
  CheckRelative("this month", "en", "2024-09-01", "2024-09-30");
  CheckRelative("last month", "en", "2024-08-01", "2024-08-31");
  CheckRelative("next year", "en", "2025-01-01", "2025-12-31");
  CheckRelative("last week", "en", "2024-09-09", "2024-09-15");
  CheckRelative("yesterday", "en", "2024-09-16", "2024-09-16");
  CheckRelative("today", "en", "2024-09-17", "2024-09-17");
  CheckRelative("tomorrow", "en", "2024-09-18", "2024-09-18");
  CheckRelative("He spoke on Thursday.", "en", "2024-09-12", "2024-09-12");
  CheckRelative("He will speak on Thursday.", "en", "2024-09-19", "2024-09-19");
  CheckRelative("last Tuesday", "en", "2024-09-10", "2024-09-10");
  CheckRelative("next Tuesday", "en", "2024-09-24", "2024-09-24");
  CheckRelative("September 14", "en", "2024-09-14", "2024-09-14");
  CheckRelative("last September", "en", "2023-09-01", "2023-09-30");
  CheckRelative("in September", "en", "2024-09-01", "2024-09-30");
  CheckRelative("since December", "en", "2023-12-01", "2023-12-31");
}

TEST_CASE("Deictics keep a weekday written beside them", "[dates][relative]") {
  const DateValue v = OnlyDate("قال اليوم (الاثنين) إن", "ar");
  CHECK(v.from == kTuesday);
  CHECK(v.weekday == 1);  // a mismatch a later check reports
  CHECK(OnlyDate("أمس الأحد", "ar").weekday == 7);
}

TEST_CASE("Words that look relative but are not", "[dates][relative]") {
  CHECK(testing::OfKind(Extract("في اليوم الأول من المؤتمر", "ar", kTuesday), MentionKind::kDate)
            .empty());
  CHECK(testing::OfKind(Extract("أدى صلاة الجمعة", "ar", kTuesday), MentionKind::kDate).empty());
  CHECK(testing::OfKind(Extract("on Good Friday", "en", kTuesday), MentionKind::kDate).empty());
  CHECK(testing::OfKind(Extract("أحد المسؤولين", "ar", kTuesday), MentionKind::kDate).empty());
}

TEST_CASE("Unresolved relative dates say why", "[dates][relative]") {
  CHECK(OnlyDate("الشهر الماضي", "ar", std::nullopt).unresolved == kUnresolvedRelative);
  CHECK(OnlyDate("14 سبتمبر", "ar", std::nullopt).unresolved == kUnresolvedYearless);
  CHECK(OnlyDate("on Tuesday", "en", std::nullopt).unresolved == kUnresolvedRelative);
  const DateValue v = OnlyDate("on Tuesday", "en", std::nullopt);
  CHECK(v.weekday == 2);
  CHECK_FALSE(v.relative);
}
