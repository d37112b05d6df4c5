// A calendar date as the text writes it, before it is placed on the
// calendar: any part may be missing ("14 سبتمبر" has no year, "2020" no
// month), and relative words say how to find what is missing.
#ifndef FIGCHECK_EXTRACT_DATE_PARTS_H_
#define FIGCHECK_EXTRACT_DATE_PARTS_H_

#include <optional>
#include <vector>

#include "figcheck/mention.h"

namespace figcheck::extract {

struct DateParts {
  Calendar calendar = Calendar::kGregorian;
  int year = 0;   // 0: not written
  int month = 0;  // 1..12, or 0: not written (a year)
  int day = 0;    // 1..31, or 0: not written (a month or a year)
  // A relative word on the month: "سبتمبر الجاري" 0, "الماضي" -1,
  // "next September" +1.
  std::optional<int> shift;
  // A relative year: "سبتمبر من العام الماضي" -1.
  std::optional<int> year_shift;
  // A relative month in place of a name: "الـ27 من الشهر الجاري" 0.
  std::optional<int> month_shift;
  // The year was copied from the end of a range ("28 December - 2 January
  // 2025"), so it may be one too many.
  bool year_borrowed = false;
  // After "منذ", "since": a date without a year is not after the anchor.
  bool not_after = false;
};

// Whether the parts name a day or a month (else a year).
inline bool HasMonth(const DateParts& p) { return p.month > 0 || p.month_shift.has_value(); }

// One item of a list of days that are not consecutive ("5 و9 سبتمبر"), or
// of years ("عامي 2020 و2022"): each is a date of its own, over its own
// tokens.
struct ListedItem {
  int value = 0;  // a day, or a year when the phrase has no month
  size_t begin = 0;
  size_t end = 0;
};

// A calendar phrase over tokens [begin, end): one date, a range (`last`),
// or a list of separate days sharing a month.
struct DatePhrase {
  size_t begin = 0;
  size_t end = 0;
  DateParts first;
  std::optional<DateParts> last;  // the end of a range
  std::vector<ListedItem> list;   // separate dates; `first` holds the rest
  int weekday = 0;                // ISO weekday written beside it, or 0
  bool ambiguous = false;         // a numeric date valid as d/m and m/d
};

}  // namespace figcheck::extract

#endif  // FIGCHECK_EXTRACT_DATE_PARTS_H_
