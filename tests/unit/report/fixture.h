// A small run for the report tests: two Arabic news reports of a made-up
// summit and an English draft, with claims built by hand (the sentences are
// written for these tests), compared with a small catalogue.
#ifndef FIGCHECK_TESTS_UNIT_REPORT_FIXTURE_H_
#define FIGCHECK_TESTS_UNIT_REPORT_FIXTURE_H_

#include <string>
#include <vector>

#include "../compare/builders.h"
#include "figcheck/compare.h"

namespace figcheck::testing {

// Puts the claim's figure `text` inside `sentence`, which starts at byte
// `base` of line `line`, column 1.
inline Claim Place(Claim c, const std::string& sentence, const std::string& text, uint32_t line,
                   uint32_t base) {
  const size_t at = sentence.find(text);
  auto cps = [](const std::string& s) {
    uint32_t n = 0;
    for (unsigned char ch : s) n += (ch & 0xC0) != 0x80;
    return n;
  };
  const uint32_t col = cps(sentence.substr(0, at)) + 1;
  c.sentence_text = sentence;
  c.text = text;
  c.sentence_span = {base, base + static_cast<uint32_t>(sentence.size())};
  c.span = {base + static_cast<uint32_t>(at), base + static_cast<uint32_t>(at + text.size())};
  c.figure.span = c.span;
  // Code point offsets: pretend every earlier line was `base` code points.
  c.begin = {line, col, base + col - 1};
  c.end = {line, col + cps(text), base + col - 1 + cps(text)};
  return c;
}

inline ComparePolicy FixturePolicy() {
  ComparePolicy p;
  p.keys["displaced.families"].cumulative = true;
  p.keys["experts"].part_of = {"participants.people"};
  return p;
}

inline std::vector<DocumentInfo> FixtureSources() {
  std::vector<DocumentInfo> s = {
      Source("samples/summit/a-wafa.txt", "وكالة الواحة للأنباء", CivilDate{2025, 3, 12}),
      Source("samples/summit/b-sahel.txt", "صحيفة الساحل", CivilDate{2025, 3, 13}),
      Source("drafts/summit.md", "Desk draft")};
  s[1].date_origin = DateOrigin::kDateline;
  s[2].lang = "en";
  return s;
}

inline std::vector<Claim> FixtureClaims() {
  const std::string a1 = "وشاركت في القمة وفود من نحو 40 دولة وأكثر من 600 خبير.";
  const std::string a2 = "وانعقدت القمة يومي 10 و11 مارس 2025 في مدينة الواحة.";
  const std::string a3 = "وضرب الجفاف الإقليم لمدة 3 سنوات، ونزحت بسببه أكثر من 12 ألف أسرة.";
  const std::string b1 = "حضر القمة ممثلو 45 دولة و650 خبيرا.";
  const std::string b2 = "وجرت أعمال القمة يومي 10 - 11 مارس الجاري.";
  const std::string b3 = "وتسبب الجفاف الذي دام 4 سنوات في نزوح نحو 12 ألف أسرة.";
  const std::string c1 = "Delegations from 45 countries met on 10-12 March.";
  const std::string c2 = "The fund was announced last Tuesday.";

  Claim years3 = Days(0, "drought.duration", 3, "", 3);
  years3.figure.duration = DurationValue{3, DurationUnit::kYear, 1095, 1096};
  years3.figure.interval = Interval::Point(3);
  Claim years4 = Days(1, "drought.duration", 4, "", 3);
  years4.figure.duration = DurationValue{4, DurationUnit::kYear, 1460, 1461};
  years4.figure.interval = Interval::Point(4);
  Claim last_tuesday = UnresolvedDate(2, "fund.announced");
  last_tuesday.figure.date->unresolved = "relative to the document date, and it has none";
  Claim relative = Date(1, "summit.dates", {2025, 3, 10}, {2025, 3, 11}, "", 2);
  relative.figure.date->relative = true;
  relative.figure.date->anchor = CivilDate{2025, 3, 13};

  return {
      Place(About(0, "participants.countries", 40), a1, "نحو 40", 2, 120),
      Place(MoreThan(0, "experts", 600), a1, "أكثر من 600", 2, 120),
      Place(Date(0, "summit.dates", {2025, 3, 10}, {2025, 3, 11}), a2, "10 و11 مارس 2025", 3, 230),
      Place(years3, a3, "3 سنوات", 4, 330),
      Place(MoreThan(0, "displaced.families", 12000), a3, "أكثر من 12 ألف", 4, 330),
      Place(Exact(1, "participants.countries", 45), b1, "45", 2, 90),
      Place(Exact(1, "experts", 650), b1, "650", 2, 90),
      Place(relative, b2, "10 - 11 مارس الجاري", 3, 160),
      Place(years4, b3, "4 سنوات", 4, 240),
      Place(About(1, "displaced.families", 12000), b3, "نحو 12 ألف", 4, 240),
      Place(Exact(2, "participants.countries", 45), c1, "45", 3, 40),
      Place(Date(2, "summit.dates", {2025, 3, 10}, {2025, 3, 12}), c1, "10-12 March", 3, 40),
      Place(last_tuesday, c2, "last Tuesday", 5, 100),
  };
}

inline Report FixtureReport() {
  return Compare(FixtureSources(), FixtureClaims(), FixturePolicy());
}

}  // namespace figcheck::testing

#endif  // FIGCHECK_TESTS_UNIT_REPORT_FIXTURE_H_
