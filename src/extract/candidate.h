// What the grammars of extract/ share: the sentence they read and the
// candidate mentions they propose.
#ifndef FIGCHECK_EXTRACT_CANDIDATE_H_
#define FIGCHECK_EXTRACT_CANDIDATE_H_

#include <optional>
#include <string>
#include <vector>

#include "figcheck/date.h"
#include "figcheck/mention.h"
#include "rulebook/rule_book.h"
#include "text/token.h"

namespace figcheck::extract {

// One sentence being read.
struct SentenceContext {
  const text::TokenView& tokens;
  std::string lang;                  // "ar" or "en"
  std::optional<CivilDate> doc_date; // for relative dates
  const rulebook::Policy& policy;
};

// A mention a grammar proposes over tokens [begin, end). The extractor
// keeps the longest non-overlapping candidates (ties go to the higher
// priority), then fills in source spans.
struct Candidate {
  size_t begin = 0;
  size_t end = 0;
  int priority = 0;  // dates 30, durations 20, quantities 10, bare numbers 0
  Mention mention;   // kind, value, interval, qualifier, unit, date, duration
  // Bytes of the normalized view when the mention covers only part of its
  // first or last token, else empty (the tokens' span). A scraped dateline
  // runs a time into a date, "13:2217/09/2024": the time and the date each
  // take part of "2217", and do not overlap.
  Span norm;
};

}  // namespace figcheck::extract

#endif  // FIGCHECK_EXTRACT_CANDIDATE_H_
