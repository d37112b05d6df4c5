// Property tests: ICU formats random days between 1900 and 2100 in the
// styles and locales news is written in, and the grammar must read back the
// same day for at least 99.9% of them. Failures are printed.
//
// Left out: styles with two-digit years (en kShort "9/17/24"), whose
// century no reader can know.
#include <catch2/catch.hpp>

#include <unicode/datefmt.h>
#include <unicode/timezone.h>
#include <unicode/unistr.h>

#include <iostream>
#include <memory>
#include <random>
#include <string_view>

#include "date_testing.h"

using namespace figcheck;
using figcheck::testing::Extract;

namespace {

constexpr int kSamples = 1500;
constexpr double kMsPerDay = 86400000.0;

struct Style {
  const char* locale;
  icu::DateFormat::EStyle style;
  const char* lang;
  bool one_sentence = false;  // read past the segmenter (see below)
};

std::string Format(const icu::DateFormat& f, const CivilDate& d) {
  icu::UnicodeString s;
  f.format(static_cast<double>(d.ToDays()) * kMsPerDay, s);
  std::string out;
  s.toUTF8String(out);
  return out;
}

// The share of `kSamples` random days that come back as the same day.
double ReadBackRate(const Style& style) {
  std::unique_ptr<icu::DateFormat> f(
      icu::DateFormat::createDateInstance(style.style, icu::Locale(style.locale)));
  REQUIRE(f != nullptr);
  f->setTimeZone(*icu::TimeZone::getGMT());
  std::mt19937 rng(20240917);
  const int64_t lo = CivilDate{1900, 1, 1}.ToDays(), hi = CivilDate{2100, 12, 31}.ToDays();
  std::uniform_int_distribution<int64_t> pick(lo, hi);
  int ok = 0, shown = 0;
  for (int n = 0; n < kSamples; ++n) {
    const CivilDate day = CivilDate::FromDays(pick(rng));
    // Every other date stands inside a sentence, as in a news report.
    const bool ar = std::string_view(style.lang) == "ar";
    const std::string date = Format(*f, day);
    const std::string text = n % 2 == 0 ? date
                             : ar       ? "وقالت المصادر إن الاتفاق وقع في " + date + " بحضور الوفود."
                                        : "The agreement was signed on " + date + " in the capital.";
    const auto dates = testing::OfKind(style.one_sentence
                                           ? testing::ExtractOneSentence(text, style.lang)
                                           : Extract(text, style.lang),
                                       MentionKind::kDate);
    const bool same = dates.size() == 1 && dates[0].date->resolved() &&
                      dates[0].date->from == day && dates[0].date->to == day;
    if (same) {
      ++ok;
    } else if (shown++ < 5) {
      std::cout << "  " << style.locale << " style " << style.style << ": " << day.ToIso()
                << " -> \"" << text << "\" read as "
                << (dates.empty() ? std::string("nothing")
                                  : dates[0].date->from.ToIso() + ".." + dates[0].date->to.ToIso())
                << "\n";
    }
  }
  const double rate = static_cast<double>(ok) / kSamples;
  std::cout << "round-trip " << style.locale << " style " << style.style << ": " << ok << "/"
            << kSamples << "\n";
  return rate;
}

void CheckStyles(const std::vector<Style>& styles) {
  for (const Style& s : styles) {
    INFO(s.locale << " style " << s.style);
    CHECK(ReadBackRate(s) >= 0.999);
  }
}

using DF = icu::DateFormat;

}  // namespace

TEST_CASE("Gregorian dates ICU formats in Arabic read back", "[dates][roundtrip]") {
  CheckStyles({{"ar", DF::kFull, "ar"},     {"ar", DF::kLong, "ar"},
               {"ar", DF::kMedium, "ar"},   {"ar", DF::kShort, "ar"},
               {"ar_LB", DF::kFull, "ar"},  {"ar_LB", DF::kLong, "ar"},
               {"ar_IQ", DF::kLong, "ar"},  {"ar_MA", DF::kFull, "ar"},
               {"ar_DZ", DF::kLong, "ar"},  {"ar_TN", DF::kLong, "ar"}});
}

TEST_CASE("Gregorian dates ICU formats in English read back", "[dates][roundtrip]") {
  CheckStyles({{"en", DF::kFull, "en"},
               {"en", DF::kLong, "en"},
               {"en", DF::kMedium, "en"},
               {"en_GB", DF::kFull, "en"},
               {"en_GB", DF::kLong, "en"},
               {"en_GB", DF::kMedium, "en"}});
}

TEST_CASE("Hijri dates ICU formats read back to the right Gregorian day",
          "[dates][roundtrip][hijri]") {
  CheckStyles({{"ar@calendar=islamic-umalqura", DF::kFull, "ar"},
               {"ar@calendar=islamic-umalqura", DF::kLong, "ar"},
               {"ar@calendar=islamic-umalqura", DF::kShort, "ar"},
               {"en@calendar=islamic-umalqura", DF::kFull, "en"},
               {"en@calendar=islamic-umalqura", DF::kLong, "en"},
               // ICU's sentence breaker ends a sentence after "Muh." and
               // "Rab.", so the abbreviated style is read as one sentence.
               {"en@calendar=islamic-umalqura", DF::kMedium, "en", true},
               {"en@calendar=islamic-umalqura", DF::kShort, "en"}});
}
