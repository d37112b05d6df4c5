// The two seed reports (../shared/seeds/): both give the conference the
// same days once "الجاري" is resolved against 001's publication date, and
// the scraped dateline reads as a time and a date, not as the count 2217.
#include <catch2/catch.hpp>

#include "date_testing.h"

using namespace figcheck;
using figcheck::testing::D;

namespace {

std::vector<Mention> SeedMentions(const char* name, std::optional<CivilDate> date) {
  const std::optional<std::string> text = testing::SharedFile(std::string("seeds/") + name);
  if (!text) return {};
  return testing::Extract(*text, "", date);
}

// The source text of a mention.
std::string Text(const char* name, const Mention& m) {
  return testing::SharedFile(std::string("seeds/") + name)->substr(m.span.begin, m.span.size());
}

// The date mention whose text contains `needle`.
const Mention* DateWith(const char* name, const std::vector<Mention>& ms,
                        const std::string& needle) {
  for (const Mention& m : ms) {
    if (m.kind == MentionKind::kDate && Text(name, m).find(needle) != std::string::npos) return &m;
  }
  return nullptr;
}

constexpr const char* kTrt = "000_a1def3d06e77b404.txt";
constexpr const char* kAa = "001_e3e6ebe67c5ba3e4.txt";

}  // namespace

TEST_CASE("Both seeds give the conference 2024-09-14..15", "[dates][seeds]") {
  if (!testing::SharedFile(std::string("seeds/") + kTrt)) {
    WARN("seeds not found; skipped");
    return;
  }
  const auto trt = SeedMentions(kTrt, std::nullopt);
  const Mention* a = DateWith(kTrt, trt, "يومي 14 و15 سبتمبر/أيلول 2024");
  REQUIRE(a != nullptr);
  CHECK(a->date->from == D("2024-09-14"));
  CHECK(a->date->to == D("2024-09-15"));
  CHECK_FALSE(a->date->relative);

  const auto aa = SeedMentions(kAa, D("2024-09-17"));
  const Mention* b = DateWith(kAa, aa, "يومي 14 - 15 سبتمبر/ أيلول الجاري");
  REQUIRE(b != nullptr);
  CHECK(b->date->from == a->date->from);
  CHECK(b->date->to == a->date->to);
  CHECK(b->date->relative);
  CHECK(b->date->anchor == D("2024-09-17"));

  // Without its dateline (blanked byte for byte, so offsets hold) 001 has
  // no publication date, and "الجاري" stays unresolved.
  std::string text = *testing::SharedFile(std::string("seeds/") + kAa);
  const size_t dl = text.find("/09/2024");
  REQUIRE(dl != std::string::npos);
  const size_t line_begin = text.rfind('\n', dl) + 1;
  const size_t line_end = text.find('\n', dl);
  text.replace(line_begin, line_end - line_begin, line_end - line_begin, ' ');
  const auto undated = testing::Extract(text, "", std::nullopt);
  const Mention* c = nullptr;
  for (const Mention& m : undated) {
    if (m.kind == MentionKind::kDate &&
        text.substr(m.span.begin, m.span.size()).find("أيلول الجاري") != std::string::npos) {
      c = &m;
    }
  }
  REQUIRE(c != nullptr);
  CHECK_FALSE(c->date->resolved());
  CHECK(c->date->unresolved == "relative date and no document date");
}

TEST_CASE("The seeds' other dates and durations", "[dates][seeds]") {
  if (!testing::SharedFile(std::string("seeds/") + kAa)) {
    WARN("seeds not found; skipped");
    return;
  }
  const auto aa = SeedMentions(kAa, D("2024-09-17"));
  const Mention* karabakh = DateWith(kAa, aa, "27 سبتمبر/ أيلول 2020");
  REQUIRE(karabakh != nullptr);
  CHECK(karabakh->date->from == D("2020-09-27"));
  const Mention* gaza = DateWith(kAa, aa, "7 أكتوبر 2023");
  REQUIRE(gaza != nullptr);
  CHECK(gaza->date->from == D("2023-10-07"));
  const auto durations = testing::OfKind(aa, MentionKind::kDuration);
  REQUIRE(durations.size() == 1);
  CHECK(durations[0].duration->amount == 44);
  CHECK(durations[0].duration->unit == DurationUnit::kDay);
  const auto trt_durations =
      testing::OfKind(SeedMentions(kTrt, std::nullopt), MentionKind::kDuration);
  REQUIRE(trt_durations.size() == 1);
  CHECK(trt_durations[0].duration->amount == 44);
}

TEST_CASE("The scraped dateline is a time and a date, not 2217", "[dates][seeds]") {
  if (!testing::SharedFile(std::string("seeds/") + kAa)) {
    WARN("seeds not found; skipped");
    return;
  }
  const auto aa = SeedMentions(kAa, std::nullopt);
  const Mention* time = nullptr;
  for (const Mention& m : aa) {
    CHECK_FALSE((m.value && *m.value == 2217));
    if (m.kind == MentionKind::kTime && !time) time = &m;
  }
  REQUIRE(time != nullptr);
  CHECK(Text(kAa, *time) == "13:22");
  CHECK(*time->value == 13 * 60 + 22);
  const Mention* date = DateWith(kAa, aa, "17/09/2024");
  REQUIRE(date != nullptr);
  CHECK(Text(kAa, *date) == "17/09/2024, الثلاثاء");
  CHECK(date->date->from == D("2024-09-17"));
  CHECK(date->date->weekday == 2);
  CHECK(date->date->weekday == date->date->from.Weekday());
}
