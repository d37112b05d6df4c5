// Loading the `macros:` and `claims:` sections: claim rules, their patterns
// and their inline examples.
#include <algorithm>

#include "base/utf8.h"
#include "rulebook/loader.h"

namespace figcheck::rulebook {

SourceLocation PatternText::At(uint32_t offset) const {
  if (!maps_columns || where.line == 0) return where;
  const std::string_view before =
      std::string_view(text).substr(0, std::min<size_t>(offset, text.size()));
  SourceLocation at = where;
  at.column += static_cast<uint32_t>(base::CountCodePoints(before));
  return at;
}

// Finds where the pattern's text starts on its line, so that errors inside
// a pattern point at the offending character. Only a pattern written on one
// line without escapes maps offsets to columns; others point at the scalar.
Status RuleBookLoader::ReadPattern(const YamlFile& file, const YAML::Node& node, PatternText* out) {
  Status st = ReadString(file, node, "pattern", &out->text);
  if (!st.ok()) return st;
  out->where = file.Where(node);
  out->maps_columns = false;
  const YAML::Mark m = node.Mark();
  const std::string_view line = file.Line(m.line);
  if (!m.is_null() && static_cast<size_t>(m.column) < line.size()) {
    const char c = line[m.column];
    const bool quoted = c == '"' || c == '\'';
    if (c != '|' && c != '>') {
      const size_t start = m.column + (quoted ? 1 : 0);
      if (line.substr(start, out->text.size()) == out->text) {
        out->where = file.At(m.line, static_cast<int>(start));
        out->maps_columns = true;
      }
    }
  }
  PatternError error;
  if (!ParsePattern(out->text, &out->seq, &error)) {
    return Status(StatusCode::kRuleError, "in pattern: " + error.message, out->At(error.offset));
  }
  return Status::Ok();
}

void RuleBookLoader::LoadMacros(const YamlFile& file, const YAML::Node& node,
                                const std::string& lang) {
  if (!node.IsMap()) return Report(RuleError(file, node, "'macros' must map names to patterns"));
  for (const auto& kv : node) {
    const std::string name = kv.first.Scalar();
    Macro macro;
    macro.name = name;
    macro.lang = lang;
    macro.where = file.Where(kv.first);
    YAML::Node pattern = kv.second;
    Status st;
    if (kv.second.IsMap()) {
      st = CheckFields(file, kv.second, "macro '" + name + "'", {"pattern", "lang", "description"});
      if (st.ok() && kv.second["lang"])
        st = ReadString(file, kv.second["lang"], "lang", &macro.lang);
      pattern = kv.second["pattern"];
      if (st.ok() && !pattern)
        st = RuleError(file, kv.second, "macro '" + name + "' needs 'pattern'");
    }
    if (st.ok() && ParseSlot(name)) {
      st = RuleError(file, kv.first, "'" + name + "' is a slot name; call the macro otherwise");
    }
    if (st.ok()) st = ReadPattern(file, pattern, &macro.pattern);
    if (st.ok() && book_->macros_.count({name, macro.lang})) {
      const SourceLocation& first = book_->macros_[{name, macro.lang}].where;
      st = RuleError(file, kv.first,
                     "macro '" + name + "' is defined twice (first at " + PlaceString(first) + ")");
    }
    if (!st.ok()) {
      Report(st);
      continue;
    }
    book_->macros_[{name, macro.lang}] = std::move(macro);
  }
}

void RuleBookLoader::LoadClaims(const YamlFile& file, const YAML::Node& node,
                                const std::string& lang) {
  if (!node.IsSequence()) return Report(RuleError(file, node, "'claims' must be a list of rules"));
  for (const auto& r : node) {
    ClaimRule rule;
    Status st = LoadClaimRule(file, r, lang, &rule);
    if (!st.ok()) {
      Report(st);
      continue;
    }
    book_->claim_rules_.push_back(std::move(rule));
  }
}

Status RuleBookLoader::LoadClaimRule(const YamlFile& file, const YAML::Node& node,
                                     const std::string& lang, ClaimRule* rule) {
  static const std::vector<std::string> kFields = {
      "id",   "key",      "pattern",          "unit", "priority", "description",
      "lang", "examples", "counter_examples", "veto"};
  Status st = CheckFields(file, node, "a claim rule", kFields);
  if (!st.ok()) return st;
  rule->where = file.Where(node);
  rule->lang = lang;
  for (const char* required : {"id", "key", "pattern"}) {
    if (!node[required]) {
      return RuleError(file, node, std::string("a claim rule needs '") + required + "'");
    }
  }
  st = ReadString(file, node["id"], "id", &rule->id);
  if (st.ok()) st = ReadString(file, node["key"], "key", &rule->key);
  if (!st.ok()) return st;
  rule->key_where = file.Where(node["key"]);
  if (node["lang"]) st = ReadString(file, node["lang"], "lang", &rule->lang);
  if (st.ok() && node["unit"]) st = ReadString(file, node["unit"], "unit", &rule->unit);
  if (st.ok() && node["description"]) {
    st = ReadString(file, node["description"], "description", &rule->description);
  }
  if (st.ok() && node["priority"]) {
    double p = 0;
    st = ReadDouble(file, node["priority"], "priority", &p);
    rule->priority = static_cast<int>(p);
  }
  if (st.ok() && node["veto"]) st = ReadBool(file, node["veto"], "veto", &rule->veto);
  if (!st.ok()) return st;
  if (rule->lang == "any") {
    return RuleError(
        file, node,
        "claim rule '" + rule->id + "' needs a language: set 'lang' in the rule or the file");
  }
  const YAML::Node patterns = node["pattern"];
  if (patterns.IsSequence()) {
    if (patterns.size() == 0) return RuleError(file, patterns, "'pattern' is an empty list");
    for (const auto& p : patterns) {
      rule->patterns.emplace_back();
      st = ReadPattern(file, p, &rule->patterns.back());
      if (!st.ok()) return st;
    }
  } else {
    rule->patterns.emplace_back();
    st = ReadPattern(file, patterns, &rule->patterns.back());
    if (!st.ok()) return st;
  }
  if (node["examples"]) st = LoadClaimExamples(file, node["examples"], false, rule);
  if (st.ok() && node["counter_examples"]) {
    st = LoadClaimExamples(file, node["counter_examples"], true, rule);
  }
  return st;
}

namespace {

// Expected claim fields: the claim output's field names (docs/rules.md).
const std::vector<std::string>& ExpectedClaimFields() {
  static const std::vector<std::string> names = {
      "key",       "kind",      "value", "low",     "high",        "low_open",
      "high_open", "qualifier", "unit",  "scope",   "from",        "to",
      "days_low",  "days_high", "text",  "rule_id", "mention_kind"};
  return names;
}

Status ReadExpectedClaim(const YamlFile& file, const YAML::Node& node,
                         std::vector<std::pair<std::string, std::string>>* out) {
  Status st = CheckFields(file, node, "an expected claim", ExpectedClaimFields());
  if (!st.ok()) return st;
  for (const auto& kv : node) {
    if (!kv.second.IsScalar() && !kv.second.IsNull()) {
      return RuleError(file, kv.second,
                       "expected field '" + kv.first.Scalar() + "' must be a scalar");
    }
    out->emplace_back(kv.first.Scalar(), kv.second.IsNull() ? "null" : kv.second.Scalar());
  }
  return Status::Ok();
}

}  // namespace

// An example is a text (the rule must make a claim with its key), or a
// mapping with `text`, optional `lang` and `date`, and the expected
// `claim` or `claims`. A counter-example is a text or {text, lang, date}.
Status RuleBookLoader::LoadClaimExamples(const YamlFile& file, const YAML::Node& node, bool counter,
                                         ClaimRule* rule) {
  const char* field = counter ? "counter_examples" : "examples";
  if (!node.IsSequence())
    return RuleError(file, node, std::string("'") + field + "' must be a list");
  for (const auto& ex : node) {
    ClaimExample e;
    e.where = file.Where(ex);
    e.lang = rule->lang;
    if (ex.IsScalar()) {
      e.text = ex.Scalar();
    } else {
      std::vector<std::string> allowed = {"text", "lang", "date"};
      if (!counter) allowed.insert(allowed.end(), {"claim", "claims"});
      Status st = CheckFields(file, ex, counter ? "a counter-example" : "an example", allowed);
      if (!st.ok()) return st;
      if (!ex["text"]) return RuleError(file, ex, "an example needs 'text'");
      st = ReadString(file, ex["text"], "text", &e.text);
      if (st.ok() && ex["lang"]) st = ReadString(file, ex["lang"], "lang", &e.lang);
      if (st.ok() && ex["date"]) st = ReadString(file, ex["date"], "date", &e.date);
      if (!st.ok()) return st;
      if (ex["claim"] && ex["claims"]) {
        return RuleError(file, ex, "give 'claim' (one) or 'claims' (a list), not both");
      }
      if (const YAML::Node one = ex["claim"]) {
        e.claims.emplace_back();
        st = ReadExpectedClaim(file, one, &e.claims.back());
      } else if (const YAML::Node many = ex["claims"]) {
        if (!many.IsSequence()) return RuleError(file, many, "'claims' must be a list");
        for (const auto& c : many) {
          e.claims.emplace_back();
          st = ReadExpectedClaim(file, c, &e.claims.back());
          if (!st.ok()) break;
        }
      }
      if (!st.ok()) return st;
    }
    if (!counter && e.claims.empty()) e.claims.emplace_back();  // any claim of the rule's key
    (counter ? rule->counter_examples : rule->examples).push_back(std::move(e));
  }
  return Status::Ok();
}

}  // namespace figcheck::rulebook
