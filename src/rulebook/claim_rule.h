// Claim rules and macros as loaded from rule files (`claims:` and `macros:`),
// validated against the key catalogue, the lexicons and each other. The
// claims stage (src/claims/) compiles them.
#ifndef FIGCHECK_RULEBOOK_CLAIM_RULE_H_
#define FIGCHECK_RULEBOOK_CLAIM_RULE_H_

#include <string>
#include <utility>
#include <vector>

#include "figcheck/status.h"
#include "rulebook/keys.h"
#include "rulebook/pattern.h"

namespace figcheck::rulebook {

// The slot that binds a figure of `kind`: {count} for counts, ...
inline Slot FigureSlot(FigureKind kind) {
  switch (kind) {
    case FigureKind::kCount: return Slot::kCount;
    case FigureKind::kDate: return Slot::kDate;
    case FigureKind::kDuration: return Slot::kDuration;
    case FigureKind::kPercent: return Slot::kPercent;
    case FigureKind::kMoney: return Slot::kMoney;
  }
  return Slot::kCount;
}

// Where a pattern's text sits in its file, so that an offset into the
// pattern becomes a line and column.
struct PatternText {
  std::string text;
  PatternSeq seq;
  SourceLocation where;  // of the pattern's first character
  // True when the pattern is one line of the file as written (no escapes,
  // no folding), so a byte offset maps to a column.
  bool maps_columns = false;

  SourceLocation At(uint32_t offset) const;
};

// An inline example: a text and the claims it must yield. Counter-examples
// have no expected claims: the rule must not fire on them.
struct ClaimExample {
  std::string text;
  std::string lang;
  std::string date;  // document date for relative dates, or ""
  // Each expected claim is a list of output field/value pairs ("key",
  // "value", "qualifier", "scope", "from", ...); numbers compare as numbers.
  std::vector<std::vector<std::pair<std::string, std::string>>> claims;
  SourceLocation where;
};

struct ClaimRule {
  std::string id;   // "ar.casualties.killed.martyrdom"
  std::string key;  // "casualties.killed"
  std::string lang;
  std::string description;
  std::vector<PatternText> patterns;  // alternatives
  std::string unit;                   // overrides the key's unit, or ""
  int priority = 0;                   // breaks ties between equally long matches
  // A veto makes no claim: a figure it matches makes no claim from any
  // rule ("kills 500,000 Americans a year" is a rate, not a toll).
  bool veto = false;
  std::vector<ClaimExample> examples;
  std::vector<ClaimExample> counter_examples;
  FigureKind kind = FigureKind::kCount;  // the key's, once validated
  SourceLocation where;
  SourceLocation key_where;
};

// A named pattern fragment, used as {name} in patterns of its language.
struct Macro {
  std::string name;
  std::string lang;
  PatternText pattern;
  SourceLocation where;
};

}  // namespace figcheck::rulebook

#endif  // FIGCHECK_RULEBOOK_CLAIM_RULE_H_
