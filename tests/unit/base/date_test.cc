#include <catch2/catch.hpp>

#include "figcheck/date.h"

using figcheck::CivilDate;

TEST_CASE("CivilDate round-trips days for every day of 1900..2100", "[date]") {
  const int64_t first = CivilDate{1900, 1, 1}.ToDays();
  const int64_t last = CivilDate{2100, 12, 31}.ToDays();
  CivilDate prev = CivilDate::FromDays(first - 1);
  for (int64_t d = first; d <= last; ++d) {
    const CivilDate c = CivilDate::FromDays(d);
    REQUIRE(c.IsValid());
    REQUIRE(c.ToDays() == d);
    REQUIRE(prev < c);
    prev = c;
  }
}

TEST_CASE("CivilDate weekdays and known days", "[date]") {
  CHECK(CivilDate{1970, 1, 1}.ToDays() == 0);
  CHECK(CivilDate{1970, 1, 1}.Weekday() == 4);   // Thursday
  CHECK(CivilDate{2024, 9, 17}.Weekday() == 2);  // Tuesday (the seed's dateline)
  CHECK(CivilDate{2000, 2, 29}.IsValid());
  CHECK_FALSE(CivilDate{1900, 2, 29}.IsValid());
  CHECK(CivilDate{2024, 9, 17}.ToIso() == "2024-09-17");
}

TEST_CASE("CivilDate::ParseIso accepts dates and date-times only", "[date]") {
  CHECK(CivilDate::ParseIso("2024-09-17") == CivilDate{2024, 9, 17});
  CHECK(CivilDate::ParseIso("2015-07-21 02:51:32") == CivilDate{2015, 7, 21});
  CHECK(CivilDate::ParseIso("2015-07-21T02:51:32Z") == CivilDate{2015, 7, 21});
  CHECK_FALSE(CivilDate::ParseIso("2024-02-30"));
  CHECK_FALSE(CivilDate::ParseIso("2024-9-17"));
  CHECK_FALSE(CivilDate::ParseIso("17/09/2024"));
  CHECK_FALSE(CivilDate::ParseIso("2024-09-17x"));
  CHECK_FALSE(CivilDate::ParseIso(""));
}
