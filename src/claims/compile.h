// Compiling claim patterns (rulebook/pattern.h) to RE2 over the tagged
// sentence (tagged.h).
//
// Every element becomes a regular expression that consumes its token(s)
// and the space after them; a pattern starts with the space before its
// first token. So `حرب استمرت {duration}` becomes
//   " (?:حرب )(?:استمرت )(\x{E000}u\d+ )"
// Lexicons become alternations of their normalized entries (in byte
// order, an entry before the shorter ones it begins) with the lexicon's
// clitic prefixes optional; gaps become lazy
// repetitions of whole tokens; the figure and scope slots are the only
// capturing groups besides those inside /regex/ elements.
//
// RE2 matches in time linear in the sentence, whatever the pattern: no rule
// and no input can make figcheck hang.
#ifndef FIGCHECK_CLAIMS_COMPILE_H_
#define FIGCHECK_CLAIMS_COMPILE_H_

#include <map>
#include <string>
#include <vector>

#include "figcheck/mention.h"
#include "figcheck/status.h"
#include "rulebook/rule_book.h"

namespace figcheck::claims {

// Whether a slot binds a mention of `kind` ({count}: number or range;
// {date}: date or year; {mention}: any).
bool SlotBinds(rulebook::Slot slot, MentionKind kind);

struct CompiledPattern {
  std::string regex;
  std::vector<int> figure_groups;  // RE2 group numbers (1-based) of figure slots
  std::vector<int> scope_groups;   // ... of {scope} slots
  std::vector<int> gap_groups;     // ... of gaps (what they skip is not evidence)
  int groups = 0;                  // capturing groups in all
  // What every text the regex matches contains, for a prefilter: each
  // clause has at least one of its strings in it. Elements too short or too
  // loose to require anything (gaps, /regex/, optional ones) add no clause.
  std::vector<std::vector<std::string>> clauses;
};

// Strings shorter than this (a one-letter Latin word and its space) are too
// common to filter anything; a clause holding one is left out.
inline constexpr size_t kMinAtomBytes = 3;

// Compiles patterns for one rule book. Lexicons turn into the same
// alternation for every rule that names them, so it is built once.
class PatternCompiler {
 public:
  explicit PatternCompiler(const rulebook::RuleBook& book) : book_(book) {}

  // One of the rule's patterns, for the rule's language.
  CompiledPattern Compile(const rulebook::ClaimRule& rule, size_t pattern);

  // One pattern (or macro) with no capturing groups for its slots: for
  // explaining near misses.
  std::string Fragment(const rulebook::PatternSeq& seq, const std::string& lang);

  // Every clitic of a lexicon whose forms went into a clause so far. Each
  // string of a clause starts a token of the tagged sentence, or follows
  // one of these at its start: every element of a pattern follows a space.
  const std::vector<std::string>& clitics() const { return clitics_; }

 private:
  class Emitter;
  using Clauses = std::vector<std::vector<std::string>>;
  const std::string& LexiconRegex(const rulebook::Lexicon* lex);
  // The lexicon's entries as the regex writes them, unquoted, each with
  // its space ("لل" forms included); empty when it has none. Notes the
  // lexicon's clitics (clitics()).
  std::vector<std::string> LexiconForms(const rulebook::Lexicon* lex);
  // Appends the clauses (CompiledPattern::clauses) of `seq`.
  void Require(const rulebook::PatternSeq& seq, const std::string& lang, int depth,
               Clauses* out);

  const rulebook::RuleBook& book_;
  std::map<const rulebook::Lexicon*, std::string> lexicon_regex_;
  std::vector<std::string> clitics_;
};

}  // namespace figcheck::claims

#endif  // FIGCHECK_CLAIMS_COMPILE_H_
