// Hand-built sources and claims for the compare and report tests: the
// figures the extractors would produce, without running them.
#ifndef FIGCHECK_TESTS_UNIT_COMPARE_BUILDERS_H_
#define FIGCHECK_TESTS_UNIT_COMPARE_BUILDERS_H_

#include <limits>
#include <optional>
#include <string>

#include "figcheck/claim.h"
#include "figcheck/document.h"

namespace figcheck::testing {

inline constexpr double kInf = std::numeric_limits<double>::infinity();

inline DocumentInfo Source(std::string name, std::string outlet,
                           std::optional<CivilDate> date = std::nullopt) {
  DocumentInfo d;
  d.source_name = std::move(name);
  d.outlet = std::move(outlet);
  d.lang = "ar";
  d.date = date;
  d.date_origin = date ? DateOrigin::kFrontMatter : DateOrigin::kNone;
  return d;
}

// A claim at a made-up place: each call moves `line` so claims differ.
inline Claim Base(uint32_t source, std::string key, std::string scope, std::string kind,
                  uint32_t line) {
  Claim c;
  c.source = source;
  c.key = std::move(key);
  c.scope = std::move(scope);
  c.kind = std::move(kind);
  c.rule_id = "test." + c.key;
  c.span = {line * 100 + 10, line * 100 + 20};
  c.sentence_span = {line * 100, line * 100 + 60};
  c.begin = {line, 11, line * 100 + 10};
  c.end = {line, 21, line * 100 + 20};
  c.figure.span = c.span;
  c.figure.lang = "ar";
  return c;
}

inline Claim Count(uint32_t source, std::string key, Qualifier q, double value, Interval iv,
                   std::string scope = "", uint32_t line = 1) {
  Claim c = Base(source, std::move(key), std::move(scope), "count", line);
  c.figure.kind = MentionKind::kNumber;
  c.figure.value = value;
  c.figure.interval = iv;
  c.figure.qualifier = q;
  return c;
}

inline Claim Exact(uint32_t source, std::string key, double v, std::string scope = "",
                   uint32_t line = 1) {
  return Count(source, std::move(key), Qualifier::kExact, v, Interval::Point(v), std::move(scope),
               line);
}

// "about v": the default policy width, +/-10%.
inline Claim About(uint32_t source, std::string key, double v, std::string scope = "",
                   uint32_t line = 1) {
  return Count(source, std::move(key), Qualifier::kApprox, v, {v * 0.9, v * 1.1, false, false},
               std::move(scope), line);
}

inline Claim MoreThan(uint32_t source, std::string key, double v, std::string scope = "",
                      uint32_t line = 1) {
  return Count(source, std::move(key), Qualifier::kMoreThan, v, {v, kInf, true, false},
               std::move(scope), line);
}

inline Claim Date(uint32_t source, std::string key, CivilDate from, CivilDate to,
                  std::string scope = "", uint32_t line = 1,
                  DateGranularity granularity = DateGranularity::kDay) {
  Claim c = Base(source, std::move(key), std::move(scope), "date", line);
  c.figure.kind = MentionKind::kDate;
  c.figure.date = DateValue{};
  c.figure.date->from = from;
  c.figure.date->to = to;
  c.figure.date->granularity = granularity;
  return c;
}

inline Claim UnresolvedDate(uint32_t source, std::string key, std::string scope = "",
                            uint32_t line = 1) {
  Claim c = Base(source, std::move(key), std::move(scope), "date", line);
  c.figure.kind = MentionKind::kDate;
  c.figure.date = DateValue{};
  c.figure.date->relative = true;
  c.figure.date->unresolved = "the current month, and the document has no date";
  c.text = "14 - 15 of this month";
  return c;
}

inline Claim Days(uint32_t source, std::string key, double days, std::string scope = "",
                  uint32_t line = 1) {
  Claim c = Base(source, std::move(key), std::move(scope), "duration", line);
  c.figure.kind = MentionKind::kDuration;
  c.figure.value = days;
  c.figure.interval = Interval::Point(days);
  c.figure.duration = DurationValue{days, DurationUnit::kDay, days, days};
  return c;
}

}  // namespace figcheck::testing

#endif  // FIGCHECK_TESTS_UNIT_COMPARE_BUILDERS_H_
