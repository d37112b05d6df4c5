// ClaimEngine: claim rules compiled to RE2, run over the sentences of a
// document that hold mentions, turning mentions into claims.
//
// Per sentence with a mention a rule can bind: build the tagged sentence
// (tagged.h); find which of the literal strings the rules need occur in it
// (one look-up per token, engine_internal.h), and from those which rules
// may match; run only those rules' expressions to find where
// their figure and scope slots matched. When several rules
// match the same figure, one wins: the higher `priority`, then the match
// with more tokens matched by words, lexicons and slots (gaps do not
// count), then the one whose gaps skipped fewer tokens, then the rule (or
// pattern) loaded first. Then each winner gets its scope
// (scope.h) and becomes a Claim. Immutable after Create; thread-safe.
#ifndef FIGCHECK_CLAIMS_ENGINE_H_
#define FIGCHECK_CLAIMS_ENGINE_H_

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "figcheck/claim.h"
#include "figcheck/rules.h"
#include "figcheck/status.h"
#include "rulebook/rule_book.h"
#include "text/text_document.h"

namespace figcheck::claims {

struct EngineOptions {
  // Rules to leave out: rule ids or claim keys, or prefixes of either
  // ending in '*' ("casualties.*"). A name that matches nothing is an error.
  std::vector<std::string> disabled;
};

class ClaimEngine {
 public:
  // Compiles every rule in force. Errors (a pattern RE2 rejects, a disabled
  // name that matches nothing) are also appended to *diagnostics.
  static Result<std::unique_ptr<ClaimEngine>> Create(
      std::shared_ptr<const rulebook::RuleBook> book, const EngineOptions& options,
      std::vector<RuleDiagnostic>* diagnostics = nullptr);
  ~ClaimEngine();

  // The claims of a document, in text order. `mentions` are all of its
  // mentions in text order; `source` goes into Claim::source and ids.
  std::vector<Claim> Find(const text::TextDocument& doc, const std::vector<Mention>& mentions,
                          uint32_t source) const;

  // What every rule did on every sentence (figcheck explain).
  std::vector<SentenceTrace> Explain(const text::TextDocument& doc,
                                     const std::vector<Mention>& mentions) const;

  // The rules in force, in load order.
  std::vector<const rulebook::ClaimRule*> Rules() const;
  const rulebook::RuleBook& book() const { return *book_; }

  struct Lang;   // one language's compiled rules (engine.cc)
  struct Match;  // one rule matching one figure
  struct Work;   // one sentence being read

 private:
  ClaimEngine() = default;
  void MatchRules(const Lang& lang, const Work& w, bool every_rule, std::vector<Match>* out) const;
  std::vector<Match> Winners(const Lang& lang, std::vector<Match> all) const;
  Claim MakeClaim(Work* w, const Match& m, const Lang& lang, std::string* scope_why) const;
  std::string ScopeOf(Work* w, const Match& m, std::string* why) const;
  void Prepare(const text::TextDocument& doc, size_t sentence, std::vector<const Mention*> mentions,
               Work* w) const;
  void ExplainRules(const Lang& lang, Work* w, SentenceTrace* out) const;
  void ExplainNearMisses(const Lang& lang, const Work& w, const std::vector<Match>& matched,
                         SentenceTrace* out) const;

  std::shared_ptr<const rulebook::RuleBook> book_;
  std::map<std::string, std::unique_ptr<Lang>> langs_;
};

}  // namespace figcheck::claims

#endif  // FIGCHECK_CLAIMS_ENGINE_H_
