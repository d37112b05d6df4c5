#include "checker/rule_examples.h"

#include <cmath>
#include <cstdlib>
#include <nlohmann/json.hpp>

#include "claims/compile.h"
#include "figcheck/render.h"
#include "text/normalize.h"

namespace figcheck::checker {

namespace {

using nlohmann::json;

bool FieldMatches(const json& actual, const std::string& expected) {
  if (actual.is_number()) {
    char* end = nullptr;
    const double e = std::strtod(expected.c_str(), &end);
    if (expected.empty() || end != expected.c_str() + expected.size()) return false;
    const double a = actual.get<double>();
    return std::fabs(a - e) <= 1e-9 * std::max(1.0, std::fabs(e));
  }
  if (actual.is_boolean()) return expected == (actual.get<bool>() ? "true" : "false");
  if (actual.is_null()) return expected == "null" || expected == "~" || expected.empty();
  if (actual.is_string()) return actual.get<std::string>() == expected;
  return false;
}

std::string Show(const Fields& fields) {
  std::string out;
  for (const auto& [k, v] : fields) out += (out.empty() ? "" : " ") + k + "=" + v;
  return out.empty() ? "a claim" : out;
}

std::string ShowClaim(const Claim& c) {
  std::string out = c.key + " " + QualifierName(c.figure.qualifier) + " ";
  if (c.figure.date) {
    out += c.figure.date->resolved()
               ? c.figure.date->from.ToIso() + ".." + c.figure.date->to.ToIso()
               : "unresolved";
  } else {
    char buf[96];
    std::snprintf(buf, sizeof buf, "[%g, %g]", c.figure.interval.low, c.figure.interval.high);
    out += buf;
  }
  out += " scope=" + (c.scope.empty() ? std::string("-") : c.scope) + " «" + c.text + "» (" +
         c.rule_id + ")";
  return out;
}

std::string ShowMentions(const std::vector<Mention>& mentions, const std::string& text) {
  std::string out;
  for (const Mention& m : mentions) {
    out += (out.empty() ? "" : ", ") + std::string(MentionKindName(m.kind)) + " «" +
           text.substr(m.span.begin, m.span.size()) + "»";
  }
  return out.empty() ? "no mentions" : "mentions: " + out;
}

// Expected claim fields that the figure's mention carries under the same
// name: if no mention has them, the grammars fell short, not the rule.
const char* const kMentionFields[] = {"value",     "low",       "high", "low_open",
                                      "high_open", "qualifier", "from", "to",
                                      "days_low",  "days_high", "text"};

bool MissingMention(const Document& doc, const std::vector<Mention>& mentions,
                    const rulebook::ClaimRule& rule, const Fields& expected) {
  Fields wanted;
  for (const auto& f : expected) {
    for (const char* name : kMentionFields) {
      if (f.first == name) wanted.push_back(f);
    }
  }
  const rulebook::Slot slot = rulebook::FigureSlot(rule.kind);
  for (const Mention& m : mentions) {
    if (claims::SlotBinds(slot, m.kind) && JsonHasFields(MentionJson(doc, m), wanted)) return false;
  }
  return true;
}

// Counts an example's outcome; a failure keeps what the rule did.
void Record(bool ok, RuleTestFailure f, std::string actual, RuleTestResult* result) {
  if (ok) {
    ++result->passed;
    return;
  }
  f.actual = std::move(actual);
  result->failures.push_back(std::move(f));
  ++result->failed;
}

}  // namespace

bool JsonHasFields(const std::string& text, const Fields& expected) {
  const json j = json::parse(text, nullptr, false);
  if (!j.is_object()) return false;
  for (const auto& [k, v] : expected) {
    auto it = j.find(k);
    if (it == j.end()) {
      if (v == "null" || v == "~") continue;
      return false;
    }
    // A figure's text compares as the normalized view sees it, so that
    // "44 يوماً" and "44 يوما" are one text, as they are to the rules.
    if (k == "text" && it->is_string()) {
      if (text::NormalizeString(it->get<std::string>()) != text::NormalizeString(v)) return false;
      continue;
    }
    if (!FieldMatches(*it, v)) return false;
  }
  return true;
}

Result<Document> ExampleRunner::Read(const std::string& text, const std::string& lang,
                                     const std::string& date, const SourceLocation& where) const {
  DocumentInput input;
  input.info.source_name = where.path + ":" + std::to_string(where.line);
  input.info.lang = lang == "any" ? "" : lang;
  input.bytes = text;
  input.format = InputFormat::kPlain;
  if (!date.empty()) {
    input.info.date = CivilDate::ParseIso(date);
    if (!input.info.date) {
      return Status(StatusCode::kRuleError, "example date '" + date + "' is not YYYY-MM-DD", where);
    }
    input.info.date_origin = DateOrigin::kFlag;
  }
  return checker_.Read(std::move(input));
}

void ExampleRunner::ClaimExample(const rulebook::ClaimRule& rule, const rulebook::ClaimExample& ex,
                                 bool counter, RuleTestResult* result) const {
  RuleTestFailure f;
  f.where = ex.where;
  f.rule_id = rule.id;
  f.text = ex.text;
  auto doc = Read(ex.text, ex.lang, ex.date, ex.where);
  if (!doc.ok()) {
    f.expected = counter ? "no claim" : "claims";
    f.actual = doc.status().message();
    result->failures.push_back(std::move(f));
    ++result->failed;
    return;
  }
  if (rule.veto) return VetoExample(rule, ex, counter, *doc, std::move(f), result);
  const std::vector<Mention> mentions = checker_.Mentions(*doc);
  const std::vector<Claim> claims = checker_.Claims(*doc, mentions, 0);
  std::string actual;
  for (const Claim& c : claims) actual += (actual.empty() ? "" : "; ") + ShowClaim(c);
  if (actual.empty())
    actual = "no claims (" + ShowMentions(mentions, std::string(doc->text())) + ")";
  bool ok = true;
  if (counter) {
    for (const Claim& c : claims) ok = ok && c.rule_id != rule.id;
    f.expected = "no claim from this rule";
  } else {
    for (const Fields& want : ex.claims) {
      // By default the claim is the rule's own; naming another key or rule
      // checks what a competing rule makes of the same text.
      Fields full = want;
      bool has_key = false, has_rule = false;
      for (const auto& kv : want) {
        has_key = has_key || kv.first == "key";
        has_rule = has_rule || kv.first == "rule_id";
      }
      if (!has_key) full.emplace_back("key", rule.key);
      if (!has_key && !has_rule) full.emplace_back("rule_id", rule.id);
      const bool found = std::any_of(claims.begin(), claims.end(), [&](const Claim& c) {
        return JsonHasFields(ClaimJson(doc->info(), c), full);
      });
      if (!found) {
        ok = false;
        f.expected += (f.expected.empty() ? "" : "; ") + Show(full);
        f.missing_mention = f.missing_mention || MissingMention(*doc, mentions, rule, want);
      }
    }
  }
  Record(ok, std::move(f), std::move(actual), result);
}

// A veto's example: the rule vetoes a figure (with the expected fields, if
// given, on the claim it keeps from being made); a counter-example: it
// vetoes none.
void ExampleRunner::VetoExample(const rulebook::ClaimRule& rule, const rulebook::ClaimExample& ex,
                                bool counter, const Document& doc, RuleTestFailure f,
                                RuleTestResult* result) const {
  const std::vector<SentenceTrace> traces = checker_.Explain(doc);  // `vetoed` points into it
  std::vector<const Claim*> vetoed;
  for (const SentenceTrace& s : traces) {
    for (const RuleTrace& r : s.rules) {
      if (r.rule_id == rule.id && r.outcome == RuleTrace::Outcome::kVetoed) vetoed.push_back(&r.claim);
    }
  }
  std::string actual;
  for (const Claim* c : vetoed) actual += (actual.empty() ? "vetoed: " : "; ") + ShowClaim(*c);
  if (actual.empty()) actual = "no figure vetoed";
  bool ok = true;
  if (counter) {
    ok = vetoed.empty();
    f.expected = "no figure vetoed by this rule";
  } else {
    for (const Fields& want : ex.claims) {
      const bool found = std::any_of(vetoed.begin(), vetoed.end(), [&](const Claim* c) {
        return JsonHasFields(ClaimJson(doc.info(), *c), want);
      });
      if (!found) {
        ok = false;
        f.expected += (f.expected.empty() ? "vetoed: " : "; ") + (want.empty() ? "a figure" : Show(want));
      }
    }
  }
  Record(ok, std::move(f), std::move(actual), result);
}

void ExampleRunner::MentionExample(const rulebook::MentionExample& ex,
                                   RuleTestResult* result) const {
  RuleTestFailure f;
  f.where = ex.where;
  f.text = ex.text;
  auto doc = Read(ex.text, ex.lang, ex.date, ex.where);
  std::vector<Mention> mentions;
  if (doc.ok()) mentions = checker_.Mentions(*doc);
  bool ok = doc.ok() && mentions.size() == ex.mentions.size();
  for (size_t i = 0; ok && i < mentions.size(); ++i) {
    ok = JsonHasFields(MentionJson(*doc, mentions[i]), ex.mentions[i]);
  }
  if (ok) {
    ++result->passed;
    return;
  }
  for (const Fields& m : ex.mentions) f.expected += (f.expected.empty() ? "" : "; ") + Show(m);
  if (ex.mentions.empty()) f.expected = "no mentions";
  f.actual = doc.ok() ? ShowMentions(mentions, std::string(doc->text())) : doc.status().message();
  result->failures.push_back(std::move(f));
  ++result->failed;
}

std::vector<SentenceTrace> ExampleRunner::Explain(const rulebook::ClaimExample& ex) const {
  auto doc = Read(ex.text, ex.lang, ex.date, ex.where);
  if (!doc.ok()) return {};
  return checker_.Explain(*doc);
}

}  // namespace figcheck::checker
