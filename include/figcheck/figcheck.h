// figcheck: the library's entry point.
//
// A Checker holds the loaded rule book (immutable and thread-safe once
// created) and runs the pipeline:
//
//   DocumentInput --Read--> Document --Mentions--> Mention...
//                                    --Claims----> Claim...
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
#include "figcheck/date.h"
#include "figcheck/document.h"
#include "figcheck/finding.h"
#include "figcheck/mention.h"
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

 private:
  struct Impl;
  explicit Checker(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace figcheck

#endif  // FIGCHECK_FIGCHECK_H_
