// The rule author's tools: what `figcheck rules lint|test|list` and
// `figcheck explain` report about the claim rules (docs/rules.md).
//
// Places are SourceLocations in rule files (1-based line and column, columns
// in code points). Everything here is a plain value; the functions that make
// them are on Checker (figcheck.h) and LintRules below.
#ifndef FIGCHECK_RULES_H_
#define FIGCHECK_RULES_H_

#include <cstdint>
#include <string>
#include <vector>

#include "figcheck/claim.h"
#include "figcheck/finding.h"
#include "figcheck/mention.h"
#include "figcheck/status.h"

namespace figcheck {

// One problem in a rule pack. Errors stop every command but `rules lint`;
// warnings only `rules lint` prints.
struct RuleDiagnostic {
  Severity level = Severity::kError;  // kError or kWarning
  SourceLocation where;
  std::string message;

  // "PATH:LINE:COL: error: message".
  std::string ToString() const;
};

// One claim rule, for `figcheck rules list`.
struct RuleInfo {
  std::string id;
  std::string key;
  std::string lang;
  std::string kind;  // the figure the rule binds: count, date, duration, ...
  std::string pattern;
  SourceLocation where;
  uint32_t examples = 0;
  uint32_t counter_examples = 0;
  bool veto = false;  // makes no claim: a figure it matches makes none
};

// The outcome of running the packs' examples (`figcheck rules test`).
struct RuleTestFailure {
  SourceLocation where;  // the example
  std::string rule_id;   // "" for a mention example (a pack's `examples:`)
  std::string text;      // the example's text
  std::string expected;  // what the example asks for, in output field names
  std::string actual;    // what figcheck produced
  // True when no mention in the text could make the expected claim: the
  // number and date grammars, not the claim rule, fall short.
  bool missing_mention = false;
};

struct RuleTestResult {
  uint32_t passed = 0;
  uint32_t failed = 0;
  std::vector<RuleTestFailure> failures;
};

// Why one rule did or did not make a claim on one sentence.
struct RuleTrace {
  std::string rule_id;
  std::string key;
  enum class Outcome {
    kFired,       // made a claim (see `claim`)
    kVetoed,      // a veto rule that won its figure: no rule claims it
    kSuperseded,  // matched, but another rule's match on the same figure won
    kNearMiss,    // its words are in the sentence, but the pattern did not match
  } outcome = Outcome::kNearMiss;
  std::string matched;  // the tagged text the pattern matched, if it did
  std::string reason;   // for people: why, and what would have made it fire
  // kSuperseded: the winner's match was no better (same priority, tokens
  // matched and tokens skipped): it won by load order alone.
  bool by_order = false;
  // kFired, kVetoed and kSuperseded: the claim it made or would have made.
  Claim claim;
};

// What `figcheck explain` shows for one sentence.
struct SentenceTrace {
  uint32_t index = 0;  // sentence index in the document
  std::string lang;
  std::string normalized;  // the sentence's normalized text
  std::string tagged;      // tokens with mentions as ⟨kind#i⟩, as rules see it
  std::vector<Mention> mentions;
  std::vector<std::string> entities;  // gazetteer ids found in the sentence
  std::vector<RuleTrace> rules;       // fired first, then superseded, then near misses
};

}  // namespace figcheck

#endif  // FIGCHECK_RULES_H_
