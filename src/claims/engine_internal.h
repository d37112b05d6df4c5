// The engine's private types, shared by engine.cc, make_claim.cc and
// explain.cc.
#ifndef FIGCHECK_CLAIMS_ENGINE_INTERNAL_H_
#define FIGCHECK_CLAIMS_ENGINE_INTERNAL_H_

#include <re2/re2.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "claims/compile.h"
#include "claims/engine.h"
#include "claims/tagged.h"
#include "rulebook/word_set.h"
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
// pattern to literal strings ("atoms") any match must contain, as clauses
// of which each needs one atom (CompiledPattern::clauses). Every atom
// starts a token of the tagged sentence, or follows a lexicon's clitic
// there: so looking up each token (and each token past a clitic) by its
// first word finds the atoms a sentence holds, and the clauses then name
// the only rules worth running. (RE2's FilteredRE2 derived its atoms from
// the compiled regexes at about the cost of compiling them, and an RE2::Set
// of the atoms took half the time of the claims stage.)
struct ClaimEngine::Lang {
  std::vector<CompiledRule> rules;
  std::vector<std::string> atom_texts;
  // The first word of each atom that ends with a space (its text up to
  // that space), to 1 + index into head_atoms: the atoms it starts.
  rulebook::WordSet atom_heads;
  std::vector<std::vector<uint32_t>> head_atoms;
  // Atoms with no space (placeholders, "\x{E000}n"): a token starts with them.
  std::vector<uint32_t> prefix_atoms;
  std::vector<std::string> clitics;  // PatternCompiler::clitics()
  // The clauses (numbered across all rules) each atom satisfies, and the
  // rule of each clause: a sentence costs a step per atom it holds, not
  // one per atom of every rule.
  std::vector<std::vector<uint32_t>> atom_clauses;
  std::vector<uint32_t> clause_rule;
  void Build(const std::vector<std::string>& clitics);
  // Indexes of the rules that may match `text` (a tagged sentence), in order.
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
