// figcheck: the library's entry point.
//
// A Checker holds the loaded rule book (immutable and thread-safe once
// created) and runs the pipeline:
//
//   DocumentInput --Read--> Document --Mentions--> Mention...
//                                    --Claims----> Claim...
//                                    --Explain---> SentenceTrace...
//   {sources, claims} --Compare--> Report
//
// Read, Mentions and Claims work on one document and may run on many
// threads at once; Compare sees every source. Typical use:
//
//   auto checker = figcheck::Checker::Create(options);
//   if (!checker.ok()) { ...checker.status().ToString()... }
//   auto doc = (*checker)->Read(std::move(input));
//   for (const figcheck::Mention& m : (*checker)->Mentions(*doc)) ...
#ifndef FIGCHECK_FIGCHECK_H_
#define FIGCHECK_FIGCHECK_H_

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "figcheck/claim.h"
#include "figcheck/compare.h"
#include "figcheck/date.h"
#include "figcheck/document.h"
#include "figcheck/finding.h"
#include "figcheck/mention.h"
#include "figcheck/rules.h"
#include "figcheck/status.h"

namespace figcheck {

// The program's version ("0.1.0").
const char* Version();

struct CheckerOptions {
  // Rule directories layered over the built-in packs, in order (--rules).
  std::vector<std::string> rule_dirs;
  // Where the built-in packs are; empty means next to the executable
  // (../share/figcheck/rules) or the source tree's rules/.
  std::string builtin_rules_dir;
  bool use_builtin_rules = true;
  // Date for documents that state none (--date).
  std::optional<CivilDate> fallback_date;
  // Forced language ("ar", "en"); empty means per-paragraph detection.
  std::string lang;
  // Claim rules to leave out: rule ids or claim keys, or prefixes of either
  // ending in '*' ("casualties.*"). A name matching nothing is an error.
  std::vector<std::string> disabled;
};

class Checker {
 public:
  static Result<std::unique_ptr<Checker>> Create(const CheckerOptions& options);
  ~Checker();

  // Decodes and analyzes one input (text stages). Fails on input that is
  // not text.
  Result<Document> Read(DocumentInput input) const;

  // Every figure in the document, in text order.
  std::vector<Mention> Mentions(const Document& doc) const;

  // The document's claims: the figures claim rules bind to a claim key, in
  // text order. `source_index` is the document's place among the run's
  // sources (Claim::source; ids are "<source_index>:<n>"). The second form
  // reuses mentions already found with Mentions(doc).
  std::vector<Claim> Claims(const Document& doc, uint32_t source_index) const;
  std::vector<Claim> Claims(const Document& doc, const std::vector<Mention>& mentions,
                            uint32_t source_index) const;

  // What each claim rule did on each sentence, and why rules that came
  // close did not fire (figcheck explain).
  std::vector<SentenceTrace> Explain(const Document& doc) const;
  std::vector<SentenceTrace> Explain(const Document& doc,
                                     const std::vector<Mention>& mentions) const;

  // The comparison policy of the loaded packs: the key catalogue
  // (rules/common/keys.yaml) as Compare() reads it, with default tolerances.
  ComparePolicy MakeComparePolicy() const;

  // The claim rules in force, in load order (figcheck rules list).
  std::vector<RuleInfo> Rules() const;

  // Runs the inline examples and counter-examples of the claim rules, and
  // the packs' mention examples, defined in files under `paths` (every
  // file loaded when empty) (figcheck rules test).
  RuleTestResult TestRules(const std::vector<std::string>& paths) const;

 private:
  struct Impl;
  explicit Checker(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Loads the rule packs `options` names, as Checker::Create does, and returns
// every error and warning found instead of stopping at the first: load
// errors, then the claim rules' warnings (no example, unused lexicon or
// macro, rules that match a figure of an example equally well). With `paths`,
// warnings are kept only for files under them (figcheck rules lint).
std::vector<RuleDiagnostic> LintRules(const CheckerOptions& options,
                                      const std::vector<std::string>& paths);

}  // namespace figcheck

#endif  // FIGCHECK_FIGCHECK_H_
