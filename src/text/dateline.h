// The dateline: a publication date (and maybe a time and weekday) in the
// first lines of a text, in the forms news sites print and scrapers mangle:
// "17/09/2024", "2024-09-17", "13:22 17/09/2024, الثلاثاء",
// "September 17, 2024", "17 سبتمبر 2024", and "13:2217/09/2024" where a time
// runs into the date with no space.
#ifndef FIGCHECK_TEXT_DATELINE_H_
#define FIGCHECK_TEXT_DATELINE_H_

#include <optional>
#include <string_view>

#include "figcheck/date.h"
#include "figcheck/document.h"

namespace figcheck::text {

struct Dateline {
  CivilDate date;
  Span span;         // bytes of the source text
  int minutes = -1;  // time of day in minutes, or -1
  int weekday = 0;   // ISO weekday stated beside the date, or 0
};

// Looks at the first lines of the normalized view (`norm`, mapped to the
// source by `norm_to_source`).
std::optional<Dateline> FindDateline(std::string_view norm, const class OffsetMap& norm_to_source);

}  // namespace figcheck::text

#endif  // FIGCHECK_TEXT_DATELINE_H_
