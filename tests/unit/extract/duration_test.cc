// Durations: units, duals, plurals and ranges in both languages; their
// length in days; and a round trip through their own spelled forms.
#include <catch2/catch.hpp>

#include <unicode/rbnf.h>
#include <unicode/unistr.h>

#include <cmath>

#include "date_testing.h"
#include "extract/duration.h"

using namespace figcheck;
using figcheck::testing::Extract;

namespace {

// The only duration of `text`.
Mention OnlyDuration(const std::string& text, const std::string& lang) {
  const auto ds = testing::OfKind(Extract(text, lang), MentionKind::kDuration);
  INFO(text);
  REQUIRE(ds.size() == 1);
  return ds[0];
}

void CheckDuration(const std::string& text, const std::string& lang, double amount,
                   DurationUnit unit) {
  const Mention m = OnlyDuration(text, lang);
  INFO(text);
  CHECK(m.duration->amount == amount);
  CHECK(m.duration->unit == unit);
  CHECK(m.value == amount);
}

// How Arabic counts a unit: 1 and 11+ take the singular (accusative from
// 11 to 99), 2 the dual, 3..10 the plural.
struct ArabicUnit {
  DurationUnit unit;
  const char* singular;
  const char* accusative;
  const char* dual;
  const char* plural;
};

const ArabicUnit kArabicUnits[] = {
    {DurationUnit::kMinute, "دقيقة", "دقيقة", "دقيقتين", "دقائق"},
    {DurationUnit::kHour, "ساعة", "ساعة", "ساعتين", "ساعات"},
    {DurationUnit::kDay, "يوم", "يوماً", "يومين", "أيام"},
    {DurationUnit::kWeek, "أسبوع", "أسبوعاً", "أسبوعين", "أسابيع"},
    {DurationUnit::kMonth, "شهر", "شهراً", "شهرين", "أشهر"},
    {DurationUnit::kYear, "عام", "عاماً", "عامين", "أعوام"},
    {DurationUnit::kYear, "سنة", "سنة", "سنتين", "سنوات"},
};

// "44 يوماً", "3 أيام", "يومين", "100 يوم".
std::string SpellArabic(int n, const ArabicUnit& u, const std::string& number) {
  if (n == 2) return u.dual;
  if (n >= 3 && n <= 10) return number + " " + u.plural;
  if (n % 100 >= 11 && n % 100 <= 99) return number + " " + u.accusative;
  return number + " " + u.singular;
}

std::string SpellOut(int n, const char* locale) {
  UErrorCode status = U_ZERO_ERROR;
  icu::RuleBasedNumberFormat f(icu::URBNF_SPELLOUT, icu::Locale(locale), status);
  icu::UnicodeString s;
  f.format(n, s);
  std::string out;
  s.toUTF8String(out);
  return out;
}

}  // namespace

TEST_CASE("Arabic durations: digits, tanween, duals", "[duration][ar]") {
  CheckDuration("حرب استمرت 44 يوماً", "ar", 44, DurationUnit::kDay);
  CheckDuration("معارك استمرت 44 يوما", "ar", 44, DurationUnit::kDay);
  CheckDuration("استمرت يومين", "ar", 2, DurationUnit::kDay);
  CheckDuration("بعد أسبوعين", "ar", 2, DurationUnit::kWeek);
  CheckDuration("منذ شهرين", "ar", 2, DurationUnit::kMonth);
  CheckDuration("قبل عامين", "ar", 2, DurationUnit::kYear);
  CheckDuration("لمدة سنتين", "ar", 2, DurationUnit::kYear);
  CheckDuration("خلال 3 أسابيع", "ar", 3, DurationUnit::kWeek);
  CheckDuration("لمدة 6 أشهر", "ar", 6, DurationUnit::kMonth);
  CheckDuration("بعد 48 ساعة", "ar", 48, DurationUnit::kHour);
  CheckDuration("منذ عقدين", "ar", 20, DurationUnit::kYear);
}

TEST_CASE("English durations", "[duration][en]") {
  CheckDuration("The war lasted 44 days.", "en", 44, DurationUnit::kDay);
  CheckDuration("after a 44-day war", "en", 44, DurationUnit::kDay);
  CheckDuration("for 6 weeks", "en", 6, DurationUnit::kWeek);
  CheckDuration("2 years in prison", "en", 2, DurationUnit::kYear);
  CheckDuration("within 48 hours", "en", 48, DurationUnit::kHour);
  CheckDuration("for 3 decades", "en", 30, DurationUnit::kYear);
  const Mention r = OnlyDuration("for 3 to 5 weeks", "en");
  CHECK(r.qualifier == Qualifier::kRange);
  CHECK_FALSE(r.value);
  CHECK(r.interval.low == 3);
  CHECK(r.interval.high == 5);
  CHECK(r.duration->days_low == 21);
  CHECK(r.duration->days_high == 35);
}

TEST_CASE("Not durations", "[duration]") {
  CHECK(testing::OfKind(Extract("قتل 5 اليوم", "ar"), MentionKind::kDuration).empty());
  CHECK(testing::OfKind(Extract("عام 2020", "ar"), MentionKind::kDuration).empty());
  CHECK(testing::OfKind(Extract("يومي 14 و15 سبتمبر 2024", "ar"), MentionKind::kDuration).empty());
  CHECK(testing::OfKind(Extract("the day of 5 votes", "en"), MentionKind::kDuration).empty());
}

TEST_CASE("A duration's length in days", "[duration]") {
  DurationValue d;
  extract::SetDurationDays(Interval::Point(2), DurationUnit::kMonth, &d);
  CHECK(d.days_low == 56);
  CHECK(d.days_high == 62);
  extract::SetDurationDays(Interval::Point(2), DurationUnit::kYear, &d);
  CHECK(d.days_low == 730);
  CHECK(d.days_high == 732);
  extract::SetDurationDays(Interval::Point(48), DurationUnit::kHour, &d);
  CHECK(d.days_low == Approx(2));
  // Hedges widen the amount, and the days with it: "about 2 years" at 10%.
  extract::SetDurationDays(Interval{1.8, 2.2, false, false}, DurationUnit::kYear, &d);
  CHECK(d.days_low == Approx(657));
  CHECK(d.days_high == Approx(805.2));
  // "more than 3 months" with no upper bound stays open above.
  const double inf = std::numeric_limits<double>::infinity();
  extract::SetDurationDays(Interval{3, inf, true, false}, DurationUnit::kMonth, &d);
  CHECK(d.days_low == 84);
  CHECK(std::isinf(d.days_high));
  extract::SetDurationDays(Interval{-inf, 3, false, true}, DurationUnit::kDay, &d);
  CHECK(d.days_low == 0);
}

TEST_CASE("Durations round-trip through their spelled forms (digits)", "[duration][roundtrip]") {
  int ok = 0, total = 0;
  for (const ArabicUnit& u : kArabicUnits) {
    for (int n = 1; n <= 120; ++n) {
      if (n == 1) continue;  // "يوم" alone is a word, not a count
      const std::string text = "استمر ذلك " + SpellArabic(n, u, std::to_string(n)) + " كاملة.";
      const auto ds = testing::OfKind(Extract(text, "ar"), MentionKind::kDuration);
      ++total;
      if (ds.size() == 1 && ds[0].duration->amount == n && ds[0].duration->unit == u.unit) {
        ++ok;
      } else {
        UNSCOPED_INFO(text);
      }
    }
  }
  for (DurationUnit unit : {DurationUnit::kMinute, DurationUnit::kHour, DurationUnit::kDay,
                            DurationUnit::kWeek, DurationUnit::kMonth, DurationUnit::kYear}) {
    for (int n = 1; n <= 120; ++n) {
      const std::string u = DurationUnitName(unit);
      for (const std::string& text :
           {"it lasted " + std::to_string(n) + " " + u + (n == 1 ? "" : "s") + " in all",
            "a " + std::to_string(n) + "-" + u + " pause"}) {
        const auto ds = testing::OfKind(Extract(text, "en"), MentionKind::kDuration);
        ++total;
        if (ds.size() == 1 && ds[0].duration->amount == n && ds[0].duration->unit == unit) {
          ++ok;
        } else {
          UNSCOPED_INFO(text);
        }
      }
    }
  }
  CHECK(ok == total);
}

// Number words come from the quantity grammar.
TEST_CASE("Durations round-trip through their spelled forms (words)", "[durations][words]") {
  int ok = 0, total = 0;
  for (const ArabicUnit& u : kArabicUnits) {
    for (int n = 3; n <= 100; ++n) {
      const std::string text = "استمر ذلك " + SpellArabic(n, u, SpellOut(n, "ar")) + ".";
      const auto ds = testing::OfKind(Extract(text, "ar"), MentionKind::kDuration);
      ++total;
      if (ds.size() == 1 && ds[0].duration->amount == n) ++ok; else UNSCOPED_INFO(text);
    }
  }
  for (int n = 1; n <= 100; ++n) {
    const std::string text = "it lasted " + SpellOut(n, "en") + (n == 1 ? " year" : " years");
    const auto ds = testing::OfKind(Extract(text, "en"), MentionKind::kDuration);
    ++total;
    if (ds.size() == 1 && ds[0].duration->amount == n) ++ok; else UNSCOPED_INFO(text);
  }
  CHECK(static_cast<double>(ok) / total >= 0.999);
}

TEST_CASE("Durations in words and with hedges", "[durations][words]") {
  CheckDuration("ثلاثة أسابيع", "ar", 3, DurationUnit::kWeek);
  CheckDuration("ستة أشهر", "ar", 6, DurationUnit::kMonth);
  CheckDuration("six weeks", "en", 6, DurationUnit::kWeek);
  CheckDuration("two years", "en", 2, DurationUnit::kYear);
  const Mention about = OnlyDuration("نحو عامين", "ar");
  CHECK(about.qualifier == Qualifier::kApprox);
  CHECK(about.duration->days_low < 730);
  CHECK(about.duration->days_high > 732);
  const Mention more = OnlyDuration("more than three months", "en");
  CHECK(more.qualifier == Qualifier::kMoreThan);
  CHECK(more.duration->days_low == 84);
}
