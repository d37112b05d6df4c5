// Loading the `keys:` (claim key catalogue) and `gazetteer:` sections.
#include <algorithm>

#include "rulebook/loader.h"
#include "text/normalize.h"

namespace figcheck::rulebook {

void RuleBookLoader::LoadKeys(const YamlFile& file, const YAML::Node& node) {
  if (!node.IsMap()) return Report(RuleError(file, node, "'keys' must map key names to keys"));
  for (const auto& kv : node) {
    Status st = LoadKey(file, kv.first.Scalar(), kv.second);
    if (!st.ok()) Report(st);
  }
}

namespace {

bool ValidKeyName(const std::string& name) {
  if (name.empty() || name.front() == '.' || name.back() == '.') return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_';
  });
}

Status ReadRole(const YamlFile& file, const YAML::Node& node, EventRole* role) {
  const std::string s = node.IsScalar() ? node.Scalar() : "";
  if (s == "start") {
    *role = EventRole::kStart;
  } else if (s == "end") {
    *role = EventRole::kEnd;
  } else if (s == "duration") {
    *role = EventRole::kDuration;
  } else {
    return RuleError(
        file, node,
        "'role' must be start, end or duration" + DidYouMean(s, {"start", "end", "duration"}));
  }
  return Status::Ok();
}

}  // namespace

// A key named again in a later file keeps its earlier fields and takes the
// ones given again (a newsroom pack may tighten a tolerance).
Status RuleBookLoader::LoadKey(const YamlFile& file, const std::string& name,
                               const YAML::Node& node) {
  static const std::vector<std::string> kFields = {"description", "kind",          "unit",
                                                   "tolerance",   "tolerance_abs", "cumulative",
                                                   "part_of",     "event",         "role"};
  Status st = CheckFields(file, node, "key '" + name + "'", kFields);
  if (!st.ok()) return st;
  if (!ValidKeyName(name)) {
    return RuleError(file, node,
                     "key name '" + name +
                         "' may hold only a-z, 0-9, '.', '-' and '_' "
                         "(e.g. casualties.killed)");
  }
  const KeyInfo* existing = book_->keys_.Find(name);
  KeyInfo key = existing ? *existing : KeyInfo{};
  key.name = name;
  key.where = file.Where(node);
  if (node["kind"]) {
    const YAML::Node k = node["kind"];
    auto kind = ParseFigureKind(k.IsScalar() ? k.Scalar() : "");
    if (!kind) {
      return RuleError(file, k,
                       "'kind' must be one of count, date, duration, percent, money" +
                           DidYouMean(k.IsScalar() ? k.Scalar() : "", FigureKindNames()));
    }
    key.kind = *kind;
  } else if (!existing) {
    return RuleError(file, node,
                     "key '" + name +
                         "' needs 'kind' (count, date, duration, "
                         "percent or money)");
  }
  if (node["description"])
    st = ReadString(file, node["description"], "description", &key.description);
  if (st.ok() && node["unit"]) st = ReadString(file, node["unit"], "unit", &key.unit);
  if (st.ok() && node["tolerance"]) {
    st = ReadDouble(file, node["tolerance"], "tolerance", &key.tolerance);
  }
  if (st.ok() && node["tolerance_abs"]) {
    st = ReadDouble(file, node["tolerance_abs"], "tolerance_abs", &key.tolerance_abs);
  }
  if (st.ok() && node["cumulative"]) {
    st = ReadBool(file, node["cumulative"], "cumulative", &key.cumulative);
  }
  if (st.ok() && node["part_of"]) st = ReadStrings(file, node["part_of"], "part_of", &key.part_of);
  if (st.ok() && node["event"]) st = ReadString(file, node["event"], "event", &key.event);
  if (st.ok() && node["role"]) st = ReadRole(file, node["role"], &key.role);
  if (!st.ok()) return st;
  if (key.tolerance < 0 || key.tolerance_abs < 0) {
    return RuleError(file, node, "tolerances must not be negative");
  }
  if ((key.role == EventRole::kNone) != key.event.empty()) {
    return RuleError(file, node,
                     "'event' and 'role' go together: name the event (e.g. war) "
                     "and the key's role in it (start, end or duration)");
  }
  const bool date_role = key.role == EventRole::kStart || key.role == EventRole::kEnd;
  if ((date_role && key.kind != FigureKind::kDate) ||
      (key.role == EventRole::kDuration && key.kind != FigureKind::kDuration)) {
    return RuleError(file, node,
                     "role '" + std::string(date_role ? "start/end" : "duration") +
                         "' needs kind '" + (date_role ? "date" : "duration") + "'");
  }
  if (existing) {
    book_->keys_.Replace(std::move(key));
  } else {
    book_->keys_.Add(std::move(key));
  }
  return Status::Ok();
}

void RuleBookLoader::LoadGazetteer(const YamlFile& file, const YAML::Node& node) {
  Status st = CheckFields(file, node, "the gazetteer", {"description", "clitics", "entities"});
  if (!st.ok()) return Report(st);
  Gazetteer& gaz = book_->gazetteer_;
  if (const YAML::Node clitics = node["clitics"]) {
    if (!clitics.IsMap()) {
      return Report(RuleError(file, clitics, "gazetteer 'clitics' maps languages to prefixes"));
    }
    for (const auto& kv : clitics) {
      std::vector<std::string> list;
      st = ReadStrings(file, kv.second, "clitics", &list);
      if (!st.ok()) return Report(st);
      Lexicon& names = gaz.NamesFor(kv.first.Scalar());
      for (const auto& c : list) names.clitics.push_back(text::NormalizeString(c));
    }
  }
  const YAML::Node entities = node["entities"];
  if (!entities) return;
  if (!entities.IsMap()) {
    return Report(RuleError(file, entities, "gazetteer 'entities' maps ids to entities"));
  }
  for (const auto& kv : entities) {
    st = LoadEntity(file, kv.first.Scalar(), kv.second);
    if (!st.ok()) Report(st);
  }
}

Status RuleBookLoader::LoadEntity(const YamlFile& file, const std::string& id,
                                  const YAML::Node& node) {
  Status st =
      CheckFields(file, node, "entity '" + id + "'", {"type", "within", "description", "names"});
  if (!st.ok()) return st;
  if (!ValidKeyName(id)) {
    return RuleError(file, node, "entity id '" + id + "' may hold only a-z, 0-9, '.', '-', '_'");
  }
  Entity& e = book_->gazetteer_.Upsert(id);
  e.where = file.Where(node);
  if (node["type"]) st = ReadString(file, node["type"], "type", &e.type);
  if (st.ok() && node["within"]) {
    st = ReadString(file, node["within"], "within", &e.within);
    e.within_where = file.Where(node["within"]);
  }
  if (!st.ok()) return st;
  const YAML::Node names = node["names"];
  if (!names) return Status::Ok();
  if (!names.IsMap()) {
    return RuleError(file, names, "'names' maps languages (ar, en, ...) to lists of names");
  }
  for (const auto& kv : names) {
    const std::string lang = kv.first.Scalar();
    if (lang.size() < 2 || lang.size() > 3 ||
        !std::all_of(lang.begin(), lang.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
      return RuleError(file, kv.first, "'" + lang + "' is not a language code such as ar or en");
    }
    std::vector<std::string> list;
    st = ReadStrings(file, kv.second, "names", &list);
    if (!st.ok()) return st;
    Lexicon& lex = book_->gazetteer_.NamesFor(lang);
    for (const std::string& name : list) {
      LexEntry entry;
      entry.surface = name;
      entry.tokens = PhraseTokens(name);
      entry.attrs.emplace_back("id", id);
      entry.where = file.Where(kv.second);
      if (entry.tokens.empty()) {
        return RuleError(file, kv.second, "name '" + name + "' has no words");
      }
      lex.entries.push_back(std::move(entry));
    }
  }
  return Status::Ok();
}

}  // namespace figcheck::rulebook
