// The engine's private types, shared by engine.cc, make_claim.cc and
// explain.cc.
#ifndef FIGCHECK_CLAIMS_ENGINE_INTERNAL_H_
#define FIGCHECK_CLAIMS_ENGINE_INTERNAL_H_

#include <re2/re2.h>
#include <re2/set.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "claims/compile.h"
#include "claims/engine.h"
#include "claims/tagged.h"
#include "text/token.h"

namespace figcheck::claims {

// One pattern of a claim rule. A rule's patterns compete for a figure as
// separate rules would, so their order does not matter.
struct CompiledRule {
  const rulebook::ClaimRule* rule = nullptr;
  const rulebook::KeyInfo* key = nullptr;
  size_t pattern_index = 0;
  CompiledPattern pattern;
  std::unique_ptr<RE2> re;
  size_t clause_count = 0;  // pattern.clauses.size()
};

// One language's rules behind a prefilter. The compiler reduces each
// pattern to the literal strings ("atoms") any match must contain, as
// clauses of which each needs one atom (CompiledPattern::clauses); an
// RE2::Set of the atoms finds those in a sentence in one linear pass, and
// the clauses then name the only rules worth running. (RE2's FilteredRE2
// did this from the compiled regexes, at twice the cost of compiling them;
// the patterns already say which words they need.)
struct ClaimEngine::Lang {
  std::vector<CompiledRule> rules;
  std::vector<std::string> atom_texts;  // the Set's pattern i is atom_texts[i]
  std::unique_ptr<RE2::Set> atoms;      // null: every rule is a candidate
  // The clauses (numbered across all rules) each atom satisfies, and the
  // rule of each clause: a sentence costs a step per atom it holds, not
  // one per atom of every rule.
  std::vector<std::vector<uint32_t>> atom_clauses;
  std::vector<uint32_t> clause_rule;
  // Adds a compiled pattern; false (with *error) when RE2 rejects it.
  bool Add(CompiledRule rule, const RE2::Options& options, std::string* error);
  void Build(const RE2::Options& options);
  // Indexes of the rules that may match `text`, in order.
  void Candidates(const std::string& text, std::vector<int>* out) const;
};

struct ClaimEngine::Match {
  uint32_t rule = 0;      // index into Lang::rules (a rule's pattern)
  int mention = -1;       // the figure: index into Work::mentions, or -1
  int figure_token = -1;  // tagged token of the figure
  uint32_t first = 0;     // tagged tokens [first, last) the match covers
  uint32_t last = 0;
  uint32_t evidence = 0;  // of those, tokens not skipped by gaps
  uint32_t skipped = 0;   // tokens skipped by gaps
  int scope_token = -1;   // tagged token where a {scope} slot matched
};

struct ClaimEngine::Work {
  const text::TextDocument* doc = nullptr;
  size_t sentence = 0;
  std::string lang;
  std::vector<text::Token> tokens;
  std::vector<const Mention*> mentions;
  TaggedSentence tagged;
  // Gazetteer entities of this sentence and of the previous one, found
  // when a claim first needs them.
  std::optional<std::vector<rulebook::EntityMatch>> entities;
  std::optional<std::vector<rulebook::EntityMatch>> previous_entities;
  std::vector<text::Token> previous_tokens;

  text::TokenView View() const { return text::TokenView(doc->norm.text, tokens); }
};

// Reads one RE2 match (sub[0] the whole, then the groups) into a Match.
ClaimEngine::Match MakeMatch(const TaggedSentence& tagged, const CompiledRule& rule,
                             uint32_t rule_index, const std::vector<re2::StringPiece>& sub);

}  // namespace figcheck::claims

#endif  // FIGCHECK_CLAIMS_ENGINE_INTERNAL_H_
