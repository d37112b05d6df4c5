// Property test: ICU's rule-based spell-out (the "spellout" rules of
// icu::RuleBasedNumberFormat) of the integers 0..1999 and of 10,000 random
// integers up to 10^9, each in a short sentence, must read back as the
// same value. ICU writes Arabic compounds with "و" joins, "ثلاثة مائة" for
// 300 and "إحدى عشر" for 11, so the lexicon has to cover those forms.
#include <catch2/catch.hpp>

#include <unicode/locid.h>
#include <unicode/rbnf.h>

#include <cmath>
#include <cstdint>
#include <iostream>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "quantity_test_util.h"

using namespace figcheck;

namespace {

struct Language {
  const char* lang;
  const char* before;
  const char* after;
  const char* rules = "";       // ICU rule set; "" for the default
  const char* kind = "number";  // the mention kind expected
};

class Speller {
 public:
  // `rules` names one of the locale's rule sets ("%spellout-ordinal"), or
  // is empty for the default.
  Speller(const char* locale, const char* rules) : rules_(rules) {
    UErrorCode status = U_ZERO_ERROR;
    format_ = std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_SPELLOUT, icu::Locale(locale),
                                                           status);
    if (U_FAILURE(status)) format_.reset();
  }
  bool ok() const { return format_ != nullptr; }
  std::string Spell(int64_t n) const {
    icu::UnicodeString s;
    if (rules_.empty()) {
      format_->format(n, s);
    } else {
      UErrorCode status = U_ZERO_ERROR;
      icu::FieldPosition pos;
      format_->format(n, icu::UnicodeString::fromUTF8(rules_), s, pos, status);
    }
    std::string out;
    s.toUTF8String(out);
    return out;
  }

 private:
  std::string rules_;
  std::unique_ptr<icu::RuleBasedNumberFormat> format_;
};

// The share of values read back; prints the failures it finds.
double RecoveryRate(const Language& language, const std::vector<int64_t>& values) {
  Speller speller(language.lang, language.rules);
  REQUIRE(speller.ok());
  size_t good = 0, shown = 0;
  for (int64_t n : values) {
    const std::string words = speller.Spell(n);
    const auto found = testing::Extract(language.before + words + language.after, language.lang);
    const bool ok = found.size() == 1 && found[0].kind() == language.kind && found[0].m.value &&
                    *found[0].m.value == static_cast<double>(n) && found[0].text == words;
    if (ok) {
      ++good;
    } else if (shown++ < 40) {
      std::cout << "[" << language.lang << language.rules << "] " << n << " \"" << words << "\" ->";
      for (const auto& f : found)
        std::cout << " " << f.kind() << " " << f.value() << " \"" << f.text << "\"";
      std::cout << "\n";
    }
  }
  const double rate = static_cast<double>(good) / static_cast<double>(values.size());
  std::cout << "[" << language.lang << language.rules << "] spell-out recovery: " << good << "/"
            << values.size() << " = " << rate * 100 << "%\n";
  return rate;
}

std::vector<int64_t> TestValues() {
  std::vector<int64_t> values;
  for (int64_t n = 0; n < 2000; ++n) values.push_back(n);
  std::mt19937_64 rng(20240917);
  std::uniform_int_distribution<int64_t> dist(0, 1000000000);
  for (int i = 0; i < 10000; ++i) values.push_back(dist(rng));
  return values;
}

}  // namespace

TEST_CASE("Arabic spell-out reads back", "[spellout][property]") {
  const Language ar{"ar", "سجلت السلطات ", " حالة جديدة."};
  CHECK(RecoveryRate(ar, TestValues()) >= 0.999);
}

TEST_CASE("English spell-out reads back", "[spellout][property]") {
  const Language en{"en", "Officials counted ", " new cases."};
  CHECK(RecoveryRate(en, TestValues()) >= 0.999);
}

// The other rule sets ICU has: Arabic feminine cardinals ("إثنتا عشرة",
// "ألفي"), English with "and" and commas ("one million, two hundred and
// thirty-four thousand"), and ordinals in both languages.
TEST_CASE("Other spell-out rule sets read back", "[spellout][property]") {
  const Language ar_f{"ar", "سجلت السلطات ", " حالة جديدة.", "%spellout-cardinal-feminine"};
  CHECK(RecoveryRate(ar_f, TestValues()) >= 0.999);
  const Language en_v{"en", "Officials counted ", " new cases.", "%spellout-cardinal-verbose"};
  CHECK(RecoveryRate(en_v, TestValues()) >= 0.999);
  std::vector<int64_t> small;
  for (int64_t n = 1; n < 100; ++n) small.push_back(n);
  for (const char* rules : {"%spellout-ordinal-masculine", "%spellout-ordinal-feminine"}) {
    const Language ar_o{"ar", "جاء في المركز ", " بين المتسابقين.", rules, "ordinal"};
    CHECK(RecoveryRate(ar_o, small) >= 0.99);
  }
  std::vector<int64_t> ordinals;
  for (int64_t n = 1; n < 2000; ++n) ordinals.push_back(n);
  const Language en_o{"en", "She came in ", " place.", "%spellout-ordinal", "ordinal"};
  CHECK(RecoveryRate(en_o, ordinals) >= 0.99);
}
