#include "rulebook/rule_book.h"

#include <algorithm>
#include <filesystem>

#include "rulebook/yaml_util.h"
#include "text/normalize.h"

namespace figcheck::rulebook {

namespace fs = std::filesystem;

class RuleBookLoader {
 public:
  explicit RuleBookLoader(RuleBook* book) : book_(book) {}

  Status LoadFile(const std::string& path) {
    YAML::Node root;
    try {
      root = YAML::LoadFile(path);
    } catch (const YAML::ParserException& e) {
      return Status(StatusCode::kRuleError, "malformed YAML: " + e.msg,
                    SourceLocation{path, static_cast<uint32_t>(e.mark.line + 1),
                                   static_cast<uint32_t>(e.mark.column + 1)});
    } catch (const YAML::Exception& e) {
      return Status(StatusCode::kRuleError, "cannot read rule file: " + e.msg,
                    SourceLocation{path, 0, 0});
    }
    book_->files_.push_back(path);
    if (root.IsNull()) return Status::Ok();  // an empty file is an empty pack
    try {
      return LoadRoot(path, root);
    } catch (const YAML::Exception& e) {  // a bug in a check above: still no crash
      return Status(StatusCode::kRuleError, e.msg,
                    SourceLocation{path, static_cast<uint32_t>(e.mark.line + 1),
                                   static_cast<uint32_t>(e.mark.column + 1)});
    }
  }

 private:
  Status LoadRoot(const std::string& path, const YAML::Node& root) {
    Status st = CheckFields(path, root, "a rule file",
                            {"lang", "description", "lexicons", "policy", "examples"});
    if (!st.ok()) return st;
    std::string lang = "any";
    if (root["lang"]) {
      st = ReadString(path, root["lang"], "lang", &lang);
      if (!st.ok()) return st;
    }
    if (const YAML::Node lex = root["lexicons"]) {
      if (!lex.IsMap()) return RuleError(path, lex, "'lexicons' must map names to lexicons");
      for (const auto& kv : lex) {
        st = LoadLexicon(path, kv.first.Scalar(), kv.second, lang);
        if (!st.ok()) return st;
      }
    }
    if (const YAML::Node pol = root["policy"]) {
      st = LoadPolicy(path, pol);
      if (!st.ok()) return st;
    }
    if (const YAML::Node ex = root["examples"]) {
      st = LoadExamples(path, ex, lang);
      if (!st.ok()) return st;
    }
    return Status::Ok();
  }

  Status LoadLexicon(const std::string& path, const std::string& name, const YAML::Node& node,
                     const std::string& file_lang) {
    Status st = CheckFields(path, node, "lexicon '" + name + "'",
                            {"lang", "description", "clitics", "entries"});
    if (!st.ok()) return st;
    std::string lang = file_lang;
    if (node["lang"]) {
      st = ReadString(path, node["lang"], "lang", &lang);
      if (!st.ok()) return st;
    }
    Lexicon& lex = book_->lexicons_[{name, lang}];
    if (lex.name.empty()) {
      lex.name = name;
      lex.lang = lang;
      lex.where = Where(path, node);
    }
    if (node["description"]) {
      st = ReadString(path, node["description"], "description", &lex.description);
      if (!st.ok()) return st;
    }
    if (node["clitics"]) {
      std::vector<std::string> clitics;
      st = ReadStrings(path, node["clitics"], "clitics", &clitics);
      if (!st.ok()) return st;
      for (const auto& c : clitics) lex.clitics.push_back(text::NormalizeString(c));
    }
    const YAML::Node entries = node["entries"];
    if (!entries || !entries.IsSequence()) {
      return RuleError(path, entries ? entries : node,
                       "lexicon '" + name + "' needs 'entries', a list");
    }
    for (const auto& e : entries) {
      st = LoadEntry(path, name, e, &lex);
      if (!st.ok()) return st;
    }
    lex.Index();
    return Status::Ok();
  }

  // An entry is a string, or a mapping with `text` (a string or a list of
  // variants sharing the other fields) and scalar attributes.
  Status LoadEntry(const std::string& path, const std::string& lexicon, const YAML::Node& e,
                   Lexicon* lex) {
    std::vector<std::string> forms;
    std::vector<std::pair<std::string, std::string>> attrs;
    if (e.IsScalar()) {
      forms.push_back(e.Scalar());
    } else if (e.IsMap()) {
      if (!e["text"]) return RuleError(path, e, "an entry of '" + lexicon + "' needs 'text'");
      Status st = ReadStrings(path, e["text"], "text", &forms);
      if (!st.ok()) return st;
      for (const auto& kv : e) {
        const std::string key = kv.first.Scalar();
        if (key == "text") continue;
        if (!kv.second.IsScalar()) {
          return RuleError(path, kv.second, "entry field '" + key + "' must be a scalar");
        }
        attrs.emplace_back(key, kv.second.Scalar());
      }
    } else {
      return RuleError(path, e, "an entry of '" + lexicon + "' must be a string or a mapping");
    }
    for (const std::string& form : forms) {
      LexEntry entry;
      entry.surface = form;
      entry.tokens = PhraseTokens(form);
      entry.attrs = attrs;
      entry.where = Where(path, e);
      if (entry.tokens.empty()) {
        return RuleError(path, e, "entry '" + form + "' of '" + lexicon + "' has no words");
      }
      lex->entries.push_back(std::move(entry));
    }
    return Status::Ok();
  }

  Status LoadPolicy(const std::string& path, const YAML::Node& node) {
    Status st = CheckFields(path, node, "policy", {"approx_width", "near_width", "open_bound_width"});
    if (!st.ok()) return st;
    Policy& p = book_->policy_;
    const std::pair<const char*, double*> fields[] = {{"approx_width", &p.approx_width},
                                                      {"near_width", &p.near_width},
                                                      {"open_bound_width", &p.open_bound_width}};
    for (const auto& [name, out] : fields) {
      if (!node[name]) continue;
      st = ReadDouble(path, node[name], name, out);
      if (!st.ok()) return st;
      if (*out < 0) return RuleError(path, node[name], std::string(name) + " must not be negative");
    }
    p.where = Where(path, node);
    return Status::Ok();
  }

  Status LoadExamples(const std::string& path, const YAML::Node& node, const std::string& lang) {
    if (!node.IsSequence()) return RuleError(path, node, "'examples' must be a list");
    for (const auto& ex : node) {
      Status st = CheckFields(path, ex, "an example", {"text", "lang", "date", "mentions"});
      if (!st.ok()) return st;
      MentionExample m;
      m.where = Where(path, ex);
      m.lang = lang == "any" ? "" : lang;
      if (!ex["text"]) return RuleError(path, ex, "an example needs 'text'");
      st = ReadString(path, ex["text"], "text", &m.text);
      if (st.ok() && ex["lang"]) st = ReadString(path, ex["lang"], "lang", &m.lang);
      if (st.ok() && ex["date"]) st = ReadString(path, ex["date"], "date", &m.date);
      if (!st.ok()) return st;
      const YAML::Node ms = ex["mentions"];
      if (!ms || !ms.IsSequence()) {
        return RuleError(path, ms ? ms : ex, "an example needs 'mentions', a list (may be [])");
      }
      for (const auto& mention : ms) {
        if (!mention.IsMap()) return RuleError(path, mention, "an expected mention is a mapping");
        std::vector<std::pair<std::string, std::string>> fields;
        for (const auto& kv : mention) {
          if (!kv.second.IsScalar()) {
            return RuleError(path, kv.second, "expected field '" + kv.first.Scalar() +
                                                  "' must be a scalar");
          }
          fields.emplace_back(kv.first.Scalar(), kv.second.Scalar());
        }
        m.mentions.push_back(std::move(fields));
      }
      book_->mention_examples_.push_back(std::move(m));
    }
    return Status::Ok();
  }

  RuleBook* book_;
};

Result<std::shared_ptr<const RuleBook>> RuleBook::Load(const std::vector<std::string>& paths) {
  auto book = std::make_shared<RuleBook>();
  RuleBookLoader loader(book.get());
  for (const std::string& p : paths) {
    std::error_code ec;
    const auto status = fs::status(p, ec);
    if (ec || !fs::exists(status)) {
      return Status(StatusCode::kNotFound, "no such rule file or directory", SourceLocation{p, 0, 0});
    }
    std::vector<std::string> files;
    if (fs::is_directory(status)) {
      for (auto it = fs::recursive_directory_iterator(p, ec); !ec && it != fs::end(it);
           it.increment(ec)) {
        const auto ext = it->path().extension();
        if (it->is_regular_file(ec) && (ext == ".yaml" || ext == ".yml")) {
          files.push_back(it->path().string());
        }
      }
      if (ec) return Status(StatusCode::kIoError, "cannot read directory: " + ec.message(),
                            SourceLocation{p, 0, 0});
      std::sort(files.begin(), files.end());
    } else {
      files.push_back(p);
    }
    for (const std::string& f : files) {
      Status st = loader.LoadFile(f);
      if (!st.ok()) return st;
    }
  }
  return std::shared_ptr<const RuleBook>(std::move(book));
}

const Lexicon* RuleBook::FindLexicon(std::string_view name, std::string_view lang) const {
  auto it = lexicons_.find({std::string(name), std::string(lang)});
  if (it != lexicons_.end()) return &it->second;
  it = lexicons_.find({std::string(name), "any"});
  return it != lexicons_.end() ? &it->second : nullptr;
}

}  // namespace figcheck::rulebook
