// Claim patterns: the little language claim rules and macros are written in
// (docs/rules.md, "Patterns"), parsed into a tree the claims stage compiles
// to RE2.
//
// A pattern is a sequence of elements separated by spaces, matched against
// a sentence's normalized tokens with each mention replaced by one token:
//   words          literal text, normalized like documents: "استمرت", "took part"
//   {name}         a lexicon or macro ("{killed_verbs}"), or a slot:
//                  {count} {date} {duration} {percent} {money}: a mention of
//                  that kind; {mention}: a mention of any kind; {scope}: a
//                  gazetteer name
//   ...  ...N      a gap of up to 5 (or N) tokens, as few as possible
//   /re/           tokens matched by an RE2 expression (`\S` stays in a token)
//   ( a | b c )    alternatives; `?` after any element makes it optional
//   \x             the character x taken literally
#ifndef FIGCHECK_RULEBOOK_PATTERN_H_
#define FIGCHECK_RULEBOOK_PATTERN_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace figcheck::rulebook {

// What a slot element binds.
enum class Slot { kCount, kDate, kDuration, kPercent, kMoney, kMention, kScope };

std::optional<Slot> ParseSlot(std::string_view name);
const char* SlotName(Slot slot);
const std::vector<std::string>& SlotNames();

inline constexpr int kDefaultGap = 5;
inline constexpr int kMaxGap = 30;

struct PatternNode {
  enum class Type { kWords, kRef, kSlot, kGap, kRegex, kGroup };
  Type type = Type::kWords;
  bool optional = false;
  uint32_t offset = 0;  // bytes into the pattern text, for messages

  std::vector<std::string> words;  // kWords: normalized tokens
  std::string name;                // kRef: lexicon or macro name; kSlot: as written
  Slot slot = Slot::kCount;        // kSlot
  int gap = 0;                     // kGap: most tokens skipped
  std::string regex;               // kRegex: RE2 syntax
  std::vector<std::vector<PatternNode>> alternatives;  // kGroup
};

using PatternSeq = std::vector<PatternNode>;

// A parse error: what is wrong and where (bytes into the pattern).
struct PatternError {
  std::string message;
  uint32_t offset = 0;
};

// Parses `text`. On error, returns false and fills *error. {name}
// references stay unresolved (kRef) unless they name a slot.
bool ParsePattern(std::string_view text, PatternSeq* out, PatternError* error);

// Calls fn(node) for every node, depth first, in pattern order.
template <typename Fn>
void VisitPattern(const PatternSeq& seq, const Fn& fn) {
  for (const PatternNode& n : seq) {
    fn(n);
    for (const PatternSeq& alt : n.alternatives) VisitPattern(alt, fn);
  }
}

}  // namespace figcheck::rulebook

#endif  // FIGCHECK_RULEBOOK_PATTERN_H_
