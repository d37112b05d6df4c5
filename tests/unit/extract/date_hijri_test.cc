// Hijri dates: ICU conversion both ways, and Hijri phrases in text.
#include <catch2/catch.hpp>

#include <thread>
#include <vector>

#include "date_testing.h"
#include "extract/hijri.h"

using namespace figcheck;
using namespace figcheck::extract;
using figcheck::testing::D;
using figcheck::testing::Extract;

namespace {
constexpr std::string_view kUmmAlQura = "islamic-umalqura";

DateValue OnlyDate(const std::string& text, const std::string& lang,
                   std::optional<CivilDate> doc = std::nullopt) {
  const auto dates = testing::OfKind(Extract(text, lang, doc), MentionKind::kDate);
  INFO(text);
  REQUIRE(dates.size() == 1);
  return *dates[0].date;
}
}  // namespace

TEST_CASE("Umm al-Qura conversion matches the published calendar", "[dates][hijri]") {
  // 1 Muharram 1446 and 1 Ramadan 1445 as Saudi Arabia announced them.
  CHECK(HijriToGregorian(kUmmAlQura, {1446, 1, 1}) == D("2024-07-07"));
  CHECK(HijriToGregorian(kUmmAlQura, {1445, 9, 1}) == D("2024-03-11"));
  CHECK(HijriMonthLength(kUmmAlQura, 1445, 9) == 30);
  const auto h = GregorianToHijri(kUmmAlQura, D("2024-09-17"));
  REQUIRE(h);
  CHECK(h->year == 1446);
  CHECK(h->month == 3);
  CHECK(h->day == 14);
  // Day 30 of a 29-day month is no day.
  CHECK(HijriMonthLength(kUmmAlQura, 1446, 1) == 29);
  CHECK_FALSE(HijriToGregorian(kUmmAlQura, {1446, 1, 30}));
  CHECK_FALSE(IsHijriCalendar("gregorian"));
  CHECK_FALSE(IsHijriCalendar("no-such-calendar"));
  CHECK(IsHijriCalendar("islamic-civil"));
}

TEST_CASE("Remembered Hijri conversions repeat ICU's answers, per calendar", "[dates][hijri]") {
  // Each thread remembers its answers: a second asking, another calendar
  // asked in between, and a fresh thread asking in the other order must
  // all agree.
  struct Answers {
    std::vector<std::optional<CivilDate>> days;
    std::vector<int> lengths;
    bool operator==(const Answers&) const = default;
  };
  auto ask = [](std::string_view calendar) {
    Answers a;
    for (int year = 1435; year <= 1447; ++year) {
      for (int month = 1; month <= 12; ++month) {
        a.lengths.push_back(HijriMonthLength(calendar, year, month));
        for (int day : {1, 29, 30}) a.days.push_back(HijriToGregorian(calendar, {year, month, day}));
      }
    }
    return a;
  };
  const Answers umm = ask(kUmmAlQura);
  const Answers civil = ask("islamic-civil");
  CHECK(ask(kUmmAlQura) == umm);
  CHECK(ask("islamic-civil") == civil);
  CHECK_FALSE(umm == civil);  // the two calendars differ on some month
  Answers civil_first, umm_second;
  std::thread t([&] {
    civil_first = ask("islamic-civil");
    umm_second = ask(kUmmAlQura);
  });
  t.join();
  CHECK(civil_first == civil);
  CHECK(umm_second == umm);
  CHECK(HijriMonthLength(kUmmAlQura, 1446, 13) == 0);
  CHECK_FALSE(HijriToGregorian(kUmmAlQura, {0, 1, 1}));
}

TEST_CASE("HijriText writes what is known", "[dates][hijri]") {
  CHECK(HijriText(1446, 3, 12) == "1446-03-12");
  CHECK(HijriText(1446, 3, 0) == "1446-03");
  CHECK(HijriText(1446, 0, 0) == "1446");
  CHECK(HijriText(0, 3, 12) == "--03-12");
}

TEST_CASE("Hijri phrases keep both calendars", "[dates][hijri]") {
  const DateValue d = OnlyDate("صدر في 12 ربيع الأول 1446 هـ", "ar");
  CHECK(d.calendar == Calendar::kHijri);
  CHECK(d.hijri == "1446-03-12");
  CHECK(d.from == D("2024-09-15"));
  CHECK(d.to == D("2024-09-15"));
  const DateValue m = OnlyDate("في شهر رمضان 1445", "ar");
  CHECK(m.granularity == DateGranularity::kMonth);
  CHECK(m.from == D("2024-03-11"));
  CHECK(m.to == D("2024-04-09"));
  const DateValue y = OnlyDate("حتى 1446هـ", "ar");
  CHECK(y.granularity == DateGranularity::kYear);
  CHECK(y.hijri == "1446");
  CHECK(y.from == D("2024-07-07"));
  CHECK(OnlyDate("14/3/1446 هـ", "ar").from == D("2024-09-17"));
  CHECK(OnlyDate("12 Rabiʻ I 1446 AH", "en").from == D("2024-09-15"));
  const DateValue fy = OnlyDate("خلال العام 1435/ 1436هـ", "ar");
  CHECK(fy.hijri == "1435/1436");
  CHECK(fy.from == *HijriToGregorian(kUmmAlQura, {1435, 1, 1}));
}

TEST_CASE("Hijri months need a number or the word month", "[dates][hijri]") {
  CHECK(testing::OfKind(Extract("قال رمضان إن", "ar"), MentionKind::kDate).empty());
  CHECK(testing::OfKind(Extract("صفر بالمئة", "ar"), MentionKind::kDate).empty());
  const DateValue v = OnlyDate("خلال شهر رمضان المبارك", "ar", D("2015-07-21"));
  CHECK(v.relative);
  CHECK(v.hijri == "1436-09");
  CHECK(v.from == *HijriToGregorian(kUmmAlQura, {1436, 9, 1}));
  CHECK(OnlyDate("خلال شهر رمضان", "ar").unresolved == "no year and no document date");
}

TEST_CASE("Era-less years in the Hijri range read by the document's era", "[dates][hijri]") {
  const CivilDate doc = D("2015-07-21");  // 1436 AH
  CHECK(OnlyDate("في العام 1436", "ar", doc).calendar == Calendar::kHijri);
  CHECK(OnlyDate("ولد عام 1473", "ar", doc).calendar == Calendar::kGregorian);
  CHECK(OnlyDate("عام 1453م", "ar", doc).calendar == Calendar::kGregorian);
  CHECK(OnlyDate("10/1/1436", "ar", doc).calendar == Calendar::kHijri);
  CHECK(OnlyDate("10/1/1436", "ar", doc).hijri == "1436-01-10");
}

TEST_CASE("The calendar comes from the rule packs", "[dates][hijri]") {
  const auto& grammar_vocab = testing::BuiltinRules();
  extract::DateVocab v(*grammar_vocab, "ar");
  CHECK(v.hijri_calendar() == "islamic-umalqura");
  CHECK(IsHijriCalendar(v.hijri_calendar()));
}
