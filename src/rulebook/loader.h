// RuleBookLoader: reads rule files into a RuleBook, one top-level section
// at a time, and validates what spans files once all are read. Internal to
// the rulebook module; split over several .cc files by section:
//   rule_book.cc       files, lexicons, policy, mention examples
//   keys_loader.cc     keys and gazetteer
//   claims_loader.cc   macros, claim rules and their examples
//   validate.cc        references between files (Finish)
// An error in one item (a lexicon, a key, a rule) is recorded and loading
// goes on with the next item, so `rules lint` reports them all.
#ifndef FIGCHECK_RULEBOOK_LOADER_H_
#define FIGCHECK_RULEBOOK_LOADER_H_

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "figcheck/rules.h"
#include "rulebook/rule_book.h"
#include "rulebook/yaml_util.h"

namespace figcheck::rulebook {

// A rule file read and parsed as YAML, before any of it is loaded: the
// part of loading that touches no shared state, so files parse in
// parallel.
struct ParsedRuleFile {
  std::string path;
  std::unique_ptr<YamlFile> file;  // null when the file could not be read
  YAML::Node root;
  std::optional<RuleDiagnostic> error;  // unreadable, or malformed YAML
};

class RuleBookLoader {
 public:
  RuleBookLoader(RuleBook* book, std::vector<RuleDiagnostic>* diagnostics)
      : book_(book), diags_(diagnostics) {}

  // Safe to call from several threads at once.
  static ParsedRuleFile Parse(const std::string& path);
  // Loads parsed files one at a time, in the order the book is to have them.
  void Load(const ParsedRuleFile& parsed);
  // Checks what spans files: claim keys, placeholders, `within`, `part_of`,
  // duplicate ids; then warns about unused lexicons and macros.
  void Finish();

 private:
  void Report(const Status& st) { Report(Severity::kError, st.where(), st.message()); }
  void Report(Severity level, SourceLocation where, std::string message);

  void LoadRoot(const YamlFile& file, const YAML::Node& root);
  // rule_book.cc
  Status LoadLexicon(const YamlFile& file, const std::string& name, const YAML::Node& node,
                     const std::string& file_lang);
  Status LoadEntry(const YamlFile& file, const std::string& lexicon, const YAML::Node& e,
                   Lexicon* lex);
  Status LoadPolicy(const YamlFile& file, const YAML::Node& node);
  Status LoadExamples(const YamlFile& file, const YAML::Node& node, const std::string& lang);
  // keys_loader.cc
  void LoadKeys(const YamlFile& file, const YAML::Node& node);
  Status LoadKey(const YamlFile& file, const std::string& name, const YAML::Node& node);
  void LoadGazetteer(const YamlFile& file, const YAML::Node& node);
  Status LoadEntity(const YamlFile& file, const std::string& id, const YAML::Node& node);
  // claims_loader.cc
  void LoadMacros(const YamlFile& file, const YAML::Node& node, const std::string& lang);
  void LoadClaims(const YamlFile& file, const YAML::Node& node, const std::string& lang);
  Status LoadClaimRule(const YamlFile& file, const YAML::Node& node, const std::string& lang,
                       ClaimRule* rule);
  Status LoadClaimExamples(const YamlFile& file, const YAML::Node& node, bool counter,
                           ClaimRule* rule);
  Status ReadPattern(const YamlFile& file, const YAML::Node& node, PatternText* out);
  // validate.cc
  void ValidateKeys();
  void ValidateGazetteer();
  void ValidateMacros();
  void ValidateRules();
  void WarnUnused();
  // Checks every {name} of `seq` resolves for `lang`; reports at `where`.
  bool CheckRefs(const PatternText& pattern, const std::string& lang, const PatternSeq& seq);

  RuleBook* book_;
  std::vector<RuleDiagnostic>* diags_;
  std::vector<std::string> gazetteer_clitic_langs_;
};

// "path:line:col" of a place, for messages that point at a second place.
std::string PlaceString(const SourceLocation& where);

// Whether `seq` (with macros of `lang` expanded) holds a slot of `slot`.
bool PatternHasSlot(const RuleBook& book, const PatternSeq& seq, const std::string& lang, Slot slot,
                    int depth = 0);

}  // namespace figcheck::rulebook

#endif  // FIGCHECK_RULEBOOK_LOADER_H_
