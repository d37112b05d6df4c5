#include "rulebook/rule_book.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/parallel_for.h"
#include "rulebook/loader.h"
#include "text/normalize.h"

namespace figcheck::rulebook {

namespace fs = std::filesystem;

void RuleBookLoader::Report(Severity level, SourceLocation where, std::string message) {
  diags_->push_back(RuleDiagnostic{level, std::move(where), std::move(message)});
}

ParsedRuleFile RuleBookLoader::Parse(const std::string& path) {
  ParsedRuleFile out;
  out.path = path;
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buf;
  buf << in.rdbuf();
  if (!in) {
    out.error = RuleDiagnostic{Severity::kError, SourceLocation{path, 0, 0}, "cannot read rule file"};
    return out;
  }
  out.file = std::make_unique<YamlFile>(path, buf.str());
  try {
    out.root = YAML::Load(out.file->text());
  } catch (const YAML::ParserException& e) {
    out.error = RuleDiagnostic{Severity::kError, out.file->At(e.mark.line, e.mark.column),
                               "malformed YAML: " + e.msg};
  } catch (const YAML::Exception& e) {
    out.error = RuleDiagnostic{Severity::kError, SourceLocation{path, 0, 0},
                               "cannot read rule file: " + e.msg};
  }
  return out;
}

void RuleBookLoader::Load(const ParsedRuleFile& parsed) {
  if (parsed.error) {
    diags_->push_back(*parsed.error);
    return;
  }
  const YamlFile& file = *parsed.file;
  book_->files_.push_back(parsed.path);
  if (parsed.root.IsNull()) return;  // an empty file is an empty pack
  try {
    LoadRoot(file, parsed.root);
  } catch (const YAML::Exception& e) {  // a bug in a check above: still no crash
    Report(Severity::kError, file.At(e.mark.line, e.mark.column), e.msg);
  }
}

void RuleBookLoader::LoadRoot(const YamlFile& file, const YAML::Node& root) {
  static const std::vector<std::string> kFields = {"lang",      "description", "lexicons",
                                                   "policy",    "examples",    "keys",
                                                   "gazetteer", "macros",      "claims"};
  if (!root.IsMap()) return Report(RuleError(file, root, "a rule file must be a mapping"));
  Status st = CheckFields(file, root, "a rule file", kFields);
  if (!st.ok()) Report(st);  // the other fields still load
  std::string lang = "any";
  if (root["lang"]) {
    st = ReadString(file, root["lang"], "lang", &lang);
    if (!st.ok()) return Report(st);
  }
  if (const YAML::Node lex = root["lexicons"]) {
    if (!lex.IsMap()) {
      Report(RuleError(file, lex, "'lexicons' must map names to lexicons"));
    } else {
      for (const auto& kv : lex) {
        st = LoadLexicon(file, kv.first.Scalar(), kv.second, lang);
        if (!st.ok()) Report(st);
      }
    }
  }
  if (const YAML::Node pol = root["policy"]) {
    st = LoadPolicy(file, pol);
    if (!st.ok()) Report(st);
  }
  if (const YAML::Node ex = root["examples"]) {
    st = LoadExamples(file, ex, lang);
    if (!st.ok()) Report(st);
  }
  if (const YAML::Node keys = root["keys"]) LoadKeys(file, keys);
  if (const YAML::Node gaz = root["gazetteer"]) LoadGazetteer(file, gaz);
  if (const YAML::Node macros = root["macros"]) LoadMacros(file, macros, lang);
  if (const YAML::Node claims = root["claims"]) LoadClaims(file, claims, lang);
}

Status RuleBookLoader::LoadLexicon(const YamlFile& file, const std::string& name,
                                   const YAML::Node& node, const std::string& file_lang) {
  Status st = CheckFields(file, node, "lexicon '" + name + "'",
                          {"lang", "description", "clitics", "entries"});
  if (!st.ok()) return st;
  std::string lang = file_lang;
  if (node["lang"]) {
    st = ReadString(file, node["lang"], "lang", &lang);
    if (!st.ok()) return st;
  }
  Lexicon& lex = book_->lexicons_[{name, lang}];
  if (lex.name.empty()) {
    lex.name = name;
    lex.lang = lang;
    lex.where = file.Where(node);
  }
  if (node["description"]) {
    st = ReadString(file, node["description"], "description", &lex.description);
    if (!st.ok()) return st;
  }
  if (node["clitics"]) {
    std::vector<std::string> clitics;
    st = ReadStrings(file, node["clitics"], "clitics", &clitics);
    if (!st.ok()) return st;
    for (const auto& c : clitics) lex.clitics.push_back(text::NormalizeString(c));
  }
  const YAML::Node entries = node["entries"];
  if (!entries || !entries.IsSequence()) {
    return RuleError(file, entries ? entries : node,
                     "lexicon '" + name + "' needs 'entries', a list");
  }
  for (const auto& e : entries) {
    st = LoadEntry(file, name, e, &lex);
    if (!st.ok()) return st;
  }
  lex.Index();
  return Status::Ok();
}

// An entry is a string, or a mapping with `text` (a string or a list of
// variants sharing the other fields) and scalar attributes.
Status RuleBookLoader::LoadEntry(const YamlFile& file, const std::string& lexicon,
                                 const YAML::Node& e, Lexicon* lex) {
  std::vector<std::string> forms;
  std::vector<std::pair<std::string, std::string>> attrs;
  if (e.IsScalar()) {
    forms.push_back(e.Scalar());
  } else if (e.IsMap()) {
    if (!e["text"]) return RuleError(file, e, "an entry of '" + lexicon + "' needs 'text'");
    Status st = ReadStrings(file, e["text"], "text", &forms);
    if (!st.ok()) return st;
    for (const auto& kv : e) {
      const std::string key = kv.first.Scalar();
      if (key == "text") continue;
      if (!kv.second.IsScalar()) {
        return RuleError(file, kv.second, "entry field '" + key + "' must be a scalar");
      }
      attrs.emplace_back(key, kv.second.Scalar());
    }
  } else {
    return RuleError(file, e, "an entry of '" + lexicon + "' must be a string or a mapping");
  }
  for (const std::string& form : forms) {
    LexEntry entry;
    entry.surface = form;
    entry.tokens = PhraseTokens(form, &entry.glued);
    entry.attrs = attrs;
    entry.where = file.Where(e);
    if (entry.tokens.empty()) {
      return RuleError(file, e, "entry '" + form + "' of '" + lexicon + "' has no words");
    }
    lex->entries.push_back(std::move(entry));
  }
  return Status::Ok();
}

Status RuleBookLoader::LoadPolicy(const YamlFile& file, const YAML::Node& node) {
  Status st = CheckFields(file, node, "policy", {"approx_width", "near_width", "open_bound_width"});
  if (!st.ok()) return st;
  Policy& p = book_->policy_;
  const std::pair<const char*, double*> fields[] = {{"approx_width", &p.approx_width},
                                                    {"near_width", &p.near_width},
                                                    {"open_bound_width", &p.open_bound_width}};
  for (const auto& [name, out] : fields) {
    if (!node[name]) continue;
    st = ReadDouble(file, node[name], name, out);
    if (!st.ok()) return st;
    if (*out < 0) {
      return RuleError(file, node[name], std::string(name) + " must not be negative");
    }
  }
  p.where = file.Where(node);
  return Status::Ok();
}

Status RuleBookLoader::LoadExamples(const YamlFile& file, const YAML::Node& node,
                                    const std::string& lang) {
  if (!node.IsSequence()) return RuleError(file, node, "'examples' must be a list");
  for (const auto& ex : node) {
    Status st = CheckFields(file, ex, "an example", {"text", "lang", "date", "mentions"});
    if (!st.ok()) return st;
    MentionExample m;
    m.where = file.Where(ex);
    m.lang = lang == "any" ? "" : lang;
    if (!ex["text"]) return RuleError(file, ex, "an example needs 'text'");
    st = ReadString(file, ex["text"], "text", &m.text);
    if (st.ok() && ex["lang"]) st = ReadString(file, ex["lang"], "lang", &m.lang);
    if (st.ok() && ex["date"]) st = ReadString(file, ex["date"], "date", &m.date);
    if (!st.ok()) return st;
    const YAML::Node ms = ex["mentions"];
    if (!ms || !ms.IsSequence()) {
      return RuleError(file, ms ? ms : ex, "an example needs 'mentions', a list (may be [])");
    }
    for (const auto& mention : ms) {
      if (!mention.IsMap()) return RuleError(file, mention, "an expected mention is a mapping");
      std::vector<std::pair<std::string, std::string>> fields;
      for (const auto& kv : mention) {
        if (!kv.second.IsScalar()) {
          return RuleError(file, kv.second,
                           "expected field '" + kv.first.Scalar() + "' must be a scalar");
        }
        fields.emplace_back(kv.first.Scalar(), kv.second.Scalar());
      }
      m.mentions.push_back(std::move(fields));
    }
    book_->mention_examples_.push_back(std::move(m));
  }
  return Status::Ok();
}

namespace {

Status ListRuleFiles(const std::string& p, std::vector<std::string>* files) {
  std::error_code ec;
  const auto status = fs::status(p, ec);
  if (ec || !fs::exists(status)) {
    return Status(StatusCode::kNotFound, "no such rule file or directory", SourceLocation{p, 0, 0});
  }
  if (!fs::is_directory(status)) {
    files->push_back(p);
    return Status::Ok();
  }
  std::vector<std::string> found;
  for (auto it = fs::recursive_directory_iterator(p, ec); !ec && it != fs::end(it);
       it.increment(ec)) {
    const auto ext = it->path().extension();
    if (it->is_regular_file(ec) && (ext == ".yaml" || ext == ".yml")) {
      found.push_back(it->path().string());
    }
  }
  if (ec) {
    return Status(StatusCode::kIoError, "cannot read directory: " + ec.message(),
                  SourceLocation{p, 0, 0});
  }
  std::sort(found.begin(), found.end());
  files->insert(files->end(), found.begin(), found.end());
  return Status::Ok();
}

}  // namespace

Result<std::shared_ptr<const RuleBook>> RuleBook::Load(const std::vector<std::string>& paths,
                                                       std::vector<RuleDiagnostic>* diagnostics) {
  std::vector<std::string> files;
  for (const std::string& p : paths) {
    Status st = ListRuleFiles(p, &files);
    if (!st.ok()) {
      diagnostics->push_back(RuleDiagnostic{Severity::kError, st.where(), st.message()});
      return st;
    }
  }
  auto book = std::make_shared<RuleBook>();
  RuleBookLoader loader(book.get(), diagnostics);
  const size_t before = diagnostics->size();
  // yaml-cpp parses at about 10 MB/s, a third of the load time: parse the
  // files in parallel, then load them in order.
  std::vector<ParsedRuleFile> parsed(files.size());
  base::ParallelFor(files.size(), [&](size_t i) { parsed[i] = RuleBookLoader::Parse(files[i]); });
  for (const ParsedRuleFile& p : parsed) loader.Load(p);
  loader.Finish();
  for (size_t i = before; i < diagnostics->size(); ++i) {
    const RuleDiagnostic& d = (*diagnostics)[i];
    if (d.level == Severity::kError) return Status(StatusCode::kRuleError, d.message, d.where);
  }
  return std::shared_ptr<const RuleBook>(std::move(book));
}

Result<std::shared_ptr<const RuleBook>> RuleBook::Load(const std::vector<std::string>& paths) {
  std::vector<RuleDiagnostic> diagnostics;
  return Load(paths, &diagnostics);
}

const Lexicon* RuleBook::FindLexicon(std::string_view name, std::string_view lang) const {
  auto it = lexicons_.find({std::string(name), std::string(lang)});
  if (it != lexicons_.end()) return &it->second;
  it = lexicons_.find({std::string(name), "any"});
  return it != lexicons_.end() ? &it->second : nullptr;
}

const Macro* RuleBook::FindMacro(std::string_view name, std::string_view lang) const {
  auto it = macros_.find({std::string(name), std::string(lang)});
  if (it != macros_.end()) return &it->second;
  it = macros_.find({std::string(name), "any"});
  return it != macros_.end() ? &it->second : nullptr;
}

}  // namespace figcheck::rulebook
