// Lexicons: named word and phrase lists from the rule packs, with
// attributes, matched against a sentence's tokens.
//
// A lexicon entry is written once by a rule author ("ما يزيد على",
// "more than") and normalized and tokenized by the same code as the text,
// so spelling variants the normalizer folds need no second entry. A
// lexicon may declare clitics: prefixes allowed on the first word of a
// match (Arabic و ب ل ف ال ...), so "وخمسة" matches the entry "خمسة".
// Declaring "لل" (ل + ال, whose alef is not written) also lets "لليمن"
// match the entry "اليمن".
#ifndef FIGCHECK_RULEBOOK_LEXICON_H_
#define FIGCHECK_RULEBOOK_LEXICON_H_

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "figcheck/status.h"
#include "rulebook/word_set.h"
#include "text/token.h"

namespace figcheck::rulebook {

struct LexEntry {
  std::string surface;                                     // as the author wrote it
  std::vector<std::string> tokens;                         // normalized tokens
  // For each token, whether it is written glued to the one before ("a$",
  // "u.s."); a glued token only matches a glued token in the text.
  std::vector<bool> glued;
  std::vector<std::pair<std::string, std::string>> attrs;  // other fields
  SourceLocation where;

  // The attribute's value, or "" when absent.
  std::string_view Attr(std::string_view key) const;
  bool Has(std::string_view key) const;
  // The attribute as a number (fallback when absent or not a number).
  double Number(std::string_view key, double fallback = 0) const;
};

struct PhraseMatch {
  const LexEntry* entry = nullptr;
  size_t begin = 0;       // first token
  size_t end = 0;         // one past the last token
  size_t clitic_len = 0;  // bytes of clitic prefix on the first token
};

// ل + ال written together, and the article it stands for (normalized).
inline constexpr std::string_view kLamLam = "\xD9\x84\xD9\x84";  // لل
inline constexpr std::string_view kAl = "\xD8\xA7\xD9\x84";      // ال

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

class Lexicon {
 public:
  std::string name;
  std::string lang;  // "ar", "en", or "any"
  std::string description;
  std::vector<std::string> clitics;  // normalized, longest first
  std::vector<LexEntry> entries;
  SourceLocation where;

  // Builds the first-token index; call after entries change.
  void Index();

  // The longest entry matching tokens [i, ...), or nullopt. The first token
  // may carry one of the lexicon's clitics.
  std::optional<PhraseMatch> MatchAt(const text::TokenView& tv, size_t i) const;
  // The longest entry matching tokens ending exactly at `end` (exclusive),
  // for words that follow what they qualify; no clitics.
  std::optional<PhraseMatch> MatchEndingAt(const text::TokenView& tv, size_t end) const;

  // The entry whose single token is `word`, or nullptr.
  const LexEntry* Find(std::string_view word) const;

 private:
  bool MatchRest(const text::TokenView& tv, size_t i, const LexEntry& e) const;
  // First token -> entries starting with it, longest first.
  std::unordered_map<std::string, std::vector<uint32_t>, StringHash, std::equal_to<>> first_;
  // Last token -> entries ending with it, longest first.
  std::unordered_map<std::string, std::vector<uint32_t>, StringHash, std::equal_to<>> last_;
  bool lam_al_ = false;  // "لل" is among the clitics
  // Every form a first word of an entry may take in the text (with each
  // clitic, "لل" for "ال"): one cheap probe turns away the words that
  // start no entry, which is nearly every word, before the lookups above.
  WordSet starts_;
};

// Normalizes and tokenizes a phrase the way documents are; *glued (when
// given) gets each token's glued flag.
std::vector<std::string> PhraseTokens(std::string_view phrase, std::vector<bool>* glued = nullptr);

}  // namespace figcheck::rulebook

#endif  // FIGCHECK_RULEBOOK_LEXICON_H_
