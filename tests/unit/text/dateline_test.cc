#include <catch2/catch.hpp>

#include <optional>
#include <random>
#include <string>
#include <vector>

#include "text/dateline.h"
#include "text/normalize.h"

using figcheck::CivilDate;
using figcheck::text::Dateline;
using figcheck::text::FindDateline;
using figcheck::text::Normalize;
using figcheck::text::NormalizedText;
using figcheck::text::NormalizeOptions;

namespace {

struct Found {
  std::optional<Dateline> dl;
  std::string source_text;  // the source bytes of its span
};

Found Find(const std::string& source) {
  NormalizedText norm;
  Normalize(source, NormalizeOptions{true}, &norm);
  Found f;
  f.dl = FindDateline(norm.text, norm.map);
  if (f.dl) f.source_text = source.substr(f.dl->span.begin, f.dl->span.size());
  return f;
}

std::string Iso(const std::string& source) {
  const Found f = Find(source);
  return f.dl ? f.dl->date.ToIso() : "none";
}

}  // namespace

TEST_CASE("Datelines in numeric forms", "[dateline]") {
  CHECK(Iso("Title\n17/09/2024\nBody.") == "2024-09-17");
  CHECK(Iso("2024-09-17\nBody.") == "2024-09-17");
  CHECK(Iso("Published: 17.09.2024\nBody.") == "2024-09-17");
  CHECK(Iso("09/17/2024\nBody.") == "2024-09-17");       // month first only when it must be
  CHECK(Iso("05/09/2024\nBody.") == "2024-09-05");       // ambiguous: day first
  CHECK(Iso("١٧/٠٩/٢٠٢٤\nنص.") == "2024-09-17");         // Arabic-Indic digits
  CHECK(Iso("31/02/2024\nBody.") == "none");             // no such day
  CHECK(Iso("2024-09-17T13:22:00Z\nBody.") == "2024-09-17");
}

TEST_CASE("Datelines with month names in English and Arabic", "[dateline]") {
  CHECK(Iso("September 17, 2024\nBody.") == "2024-09-17");
  CHECK(Iso("Updated Sept. 17th, 2024 at 1:22 pm GMT\nBody.") == "2024-09-17");
  CHECK(Iso("Tuesday 17 September 2024\nBody.") == "2024-09-17");
  CHECK(Iso("17 سبتمبر 2024\nنص.") == "2024-09-17");
  CHECK(Iso("الثلاثاء 17 أيلول 2024\nنص.") == "2024-09-17");
  CHECK(Iso("17 سبتمبر/أيلول 2024\nنص.") == "2024-09-17");
  CHECK(Iso("نشر في 5 كانون الثاني 2024\nنص.") == "2024-01-05");
  CHECK(Iso("5 كانون الأول 2024\nنص.") == "2024-12-05");
  CHECK(Iso("1 تشرين الثاني، 2023\nنص.") == "2023-11-01");
  CHECK(Iso("3 آذار 2024\nنص.") == "2024-03-03");
  CHECK(Iso("12 إبريل 2024\nنص.") == "2024-04-12");
  CHECK(Iso("الرياض - 9 ديسمبر 2024 م\nنص.") == "2024-12-09");
}

TEST_CASE("A time run into the date reads as time and date", "[dateline]") {
  const Found f = Find("عنوان الخبر\n\n13:2217/09/2024, الثلاثاء\nالأناضول\nنص الخبر.");
  REQUIRE(f.dl);
  CHECK(f.dl->date == CivilDate{2024, 9, 17});
  CHECK(f.dl->minutes == 13 * 60 + 22);
  CHECK(f.dl->weekday == 2);
  CHECK(f.source_text == "13:2217/09/2024, الثلاثاء");
}

TEST_CASE("Time and weekday beside the date", "[dateline]") {
  const Found f = Find("Headline\nTue, 17/09/2024 - 09:05\nBody.");
  REQUIRE(f.dl);
  CHECK(f.dl->minutes == 9 * 60 + 5);
  CHECK(f.dl->weekday == 2);
  CHECK(f.source_text == "Tue, 17/09/2024 - 09:05");
  const Found pm = Find("17 سبتمبر 2024 - 1:22 م\nنص.");
  REQUIRE(pm.dl);
  CHECK(pm.dl->minutes == 13 * 60 + 22);
  const Found none = Find("17/09/2024\nBody.");
  REQUIRE(none.dl);
  CHECK(none.dl->minutes == -1);
  CHECK(none.dl->weekday == 0);
  CHECK(none.source_text == "17/09/2024");
}

TEST_CASE("Dates in body sentences and late lines are not datelines", "[dateline]") {
  CHECK(Iso("The conference was held in Baku on September 14, 2024 with many guests.") == "none");
  CHECK(Iso("عقد المؤتمر في باكو يومي 14 و15 سبتمبر/أيلول 2024 بحضور ممثلين عن 50 دولة.") == "none");
  CHECK(Iso("a\nb\nc\nd\ne\n17/09/2024") == "none");  // past the first five lines
  CHECK(Iso("") == "none");
  CHECK(Iso("Issue 12, page 4, 17/09/2024\nBody.") == "none");  // too many other numbers
}

TEST_CASE("Random datelike text never breaks FindDateline", "[dateline][property]") {
  const std::vector<std::string> pieces = {
      "17", "09", "2024", "1", "13", ":", "/", "-", ".", ",", "،", " ", "\n", "سبتمبر", "أيلول",
      "كانون", "الثاني", "September", "Sept", "th", "الثلاثاء", "Tue", "pm", "م", "22", "2217",
      "(", ")", "x", "قال", "١٧", "T", "Z", "99999999999"};
  std::mt19937 rng(3);
  for (int round = 0; round < 20000; ++round) {
    std::string src;
    const int n = static_cast<int>(rng() % 25);
    for (int i = 0; i < n; ++i) src += pieces[rng() % pieces.size()];
    INFO(src);
    const Found f = Find(src);
    if (f.dl) {
      REQUIRE(f.dl->span.end <= src.size());
      REQUIRE(f.dl->date.IsValid());
      REQUIRE(f.dl->minutes < 24 * 60);
      REQUIRE(f.dl->weekday <= 7);
    }
  }
}
