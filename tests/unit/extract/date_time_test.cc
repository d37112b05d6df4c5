// Times of day are mentions of their own, so their digits are not counts.
#include <catch2/catch.hpp>

#include "date_testing.h"

using namespace figcheck;
using figcheck::testing::Extract;

namespace {

// The minutes after midnight of the only mention of `text`, which must be
// a time; -1 otherwise.
int OnlyTime(const std::string& text, const std::string& lang) {
  const auto ms = Extract(text, lang);
  INFO(text);
  REQUIRE(ms.size() == 1);
  return ms[0].kind == MentionKind::kTime ? static_cast<int>(*ms[0].value) : -1;
}

}  // namespace

TEST_CASE("Clock times in digits", "[dates][time]") {
  CHECK(OnlyTime("عند 13:22 بالتوقيت المحلي", "ar") == 13 * 60 + 22);
  CHECK(OnlyTime("at 10:30 p.m. sharp", "en") == 22 * 60 + 30);
  CHECK(OnlyTime("at 12:15 a.m.", "en") == 15);
  CHECK(OnlyTime("at 8 pm", "en") == 20 * 60);
  CHECK(OnlyTime("at 9 o'clock", "en") == 9 * 60);
  CHECK(OnlyTime("09:05:30", "en") == 9 * 60 + 5);
}

TEST_CASE("Clock times in Arabic words", "[dates][time][ar]") {
  CHECK(OnlyTime("الساعة الثالثة", "ar") == 3 * 60);
  CHECK(OnlyTime("الساعة الثالثة عصرا", "ar") == 15 * 60);
  CHECK(OnlyTime("في تمام الساعة العاشرة والنصف صباحا", "ar") == 10 * 60 + 30);
  CHECK(OnlyTime("الساعة الحادية عشرة ليلا", "ar") == 23 * 60);
  CHECK(OnlyTime("الساعة الثانية عشرة إلا ربعا", "ar") == 11 * 60 + 45);
  CHECK(OnlyTime("الساعة 10 مساء", "ar") == 22 * 60);
}

TEST_CASE("Numbers that are not times stay numbers", "[dates][time]") {
  const auto score = Extract("won 2:1 and 50 pm2", "en");
  for (const Mention& m : score) CHECK(m.kind != MentionKind::kTime);
  // A bare number needs a period that may follow one: "5 مساء أمس" is
  // "five, yesterday evening".
  for (const Mention& m : Extract("قتل 5 مساء أمس", "ar")) CHECK(m.kind != MentionKind::kTime);
  for (const Mention& m : Extract("2 in the morning raid", "en")) {
    CHECK(m.kind != MentionKind::kTime);
  }
  for (const Mention& m : Extract("13:2217 people", "en")) CHECK(m.kind != MentionKind::kTime);
}
