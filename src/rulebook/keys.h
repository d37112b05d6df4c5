// The claim key catalogue (rules/common/keys.yaml): what each claim key
// measures and how claims under it compare.
//
// Keys are language independent: an Arabic and an English rule that make
// `casualties.killed` make claims that compare. The catalogue is the one
// part of the rule book the compare stage reads.
#ifndef FIGCHECK_RULEBOOK_KEYS_H_
#define FIGCHECK_RULEBOOK_KEYS_H_

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "figcheck/status.h"

namespace figcheck::rulebook {

// The figure a key measures; a claim rule binds a mention slot of the same
// name ({count}, {date}, ...).
enum class FigureKind { kCount, kDate, kDuration, kPercent, kMoney };

const char* FigureKindName(FigureKind kind);
std::optional<FigureKind> ParseFigureKind(std::string_view name);
const std::vector<std::string>& FigureKindNames();

// A key's part in date arithmetic: an event's start + duration = its end.
enum class EventRole { kNone, kStart, kEnd, kDuration };

struct KeyInfo {
  std::string name;  // "casualties.killed"
  std::string description;
  FigureKind kind = FigureKind::kCount;
  std::string unit;  // default unit of its claims ("person"), or ""
  // Comparison policy. Two figures agree when they differ by at most
  // max(tolerance * larger, tolerance_abs).
  double tolerance = 0;
  double tolerance_abs = 0;
  // A running total (deaths in a war): a later report may be higher without
  // contradicting an earlier one.
  bool cumulative = false;
  // Keys this one is a part of: killed is part of killed-or-wounded, so a
  // killed figure above a killed-or-wounded one is a finding.
  std::vector<std::string> part_of;
  // Date arithmetic: which event (e.g. "war") and which role.
  std::string event;
  EventRole role = EventRole::kNone;
  SourceLocation where;
};

class KeyCatalogue {
 public:
  const KeyInfo* Find(std::string_view name) const;
  const std::map<std::string, KeyInfo, std::less<>>& keys() const { return keys_; }
  std::vector<std::string> Names() const;

  // Adds a key; false when the name is taken.
  bool Add(KeyInfo info);
  // Adds or replaces a key.
  void Replace(KeyInfo info);

 private:
  std::map<std::string, KeyInfo, std::less<>> keys_;
};

}  // namespace figcheck::rulebook

#endif  // FIGCHECK_RULEBOOK_KEYS_H_
