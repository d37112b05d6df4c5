// Baselines (docs/output.md, "Baselines"): accepted findings, matched by
// what they say, not where. A finding's fingerprint is its type, key, scope
// and the set of its claims' figures (surface text, qualifier, bounds,
// days), so moving text, renumbering lines, or repeating a figure does not
// break the match, while changing a figure does.
#include <algorithm>
#include <set>

#include "figcheck/render.h"
#include "report/json_io.h"
#include "report/report_util.h"

namespace figcheck {

using report::Json;

namespace {

constexpr int kBaselineVersion = 1;

// The figure of a claim in the canonical form both writer and reader use.
Json FigureJson(const std::string& text, const std::string& qualifier, const Json& low,
                const Json& high, const std::string& from, const std::string& to) {
  Json j = {{"text", text}, {"qualifier", qualifier}, {"low", low}, {"high", high}};
  if (!from.empty()) j["from"] = from;
  if (!to.empty()) j["to"] = to;
  return j;
}

Json FigureOfClaim(const Claim& c) {
  const Mention& m = c.figure;
  std::string from, to;
  Json low = report::Number(m.interval.low);
  Json high = report::Number(m.interval.high);
  if (m.date && m.date->resolved()) {
    from = m.date->from.ToIso();
    to = m.date->to.ToIso();
  }
  if (m.duration) {
    low = report::Number(m.duration->days_low);
    high = report::Number(m.duration->days_high);
  }
  return FigureJson(c.text, QualifierName(m.qualifier), low, high, from, to);
}

std::string Fingerprint(const std::string& type, const std::string& key, const std::string& scope,
                        const std::set<std::string>& figures) {
  std::string s = type + '|' + key + '|' + scope;
  for (const std::string& f : figures) s += '|' + f;
  return s;
}

std::set<std::string> FiguresOf(const Report& r, const Finding& f) {
  std::set<std::string> out;
  for (uint32_t c : f.claims) {
    if (c < r.claims.size()) out.insert(report::Dump(FigureOfClaim(r.claims[c])));
  }
  return out;
}

Json Entry(const Report& r, const Finding& f) {
  Json figures = Json::array();
  for (const std::string& fig : FiguresOf(r, f)) figures.push_back(Json::parse(fig));
  return {{"type", f.type},
          {"key", f.key},
          {"scope", f.scope},
          {"figures", figures},
          {"message", f.message}};
}

std::string EntryFingerprint(const Json& e) {
  if (!e.is_object()) throw report::FieldError("each accepted finding must be an object");
  std::set<std::string> figures;
  auto it = e.find("figures");
  if (it == e.end() || !it->is_array())
    throw report::FieldError("field 'figures' must be an array");
  for (const Json& f : *it) {
    if (!f.is_object()) throw report::FieldError("each figure must be an object");
    auto num = [&](const char* field) {
      auto v = f.find(field);
      if (v == f.end() || v->is_null()) return Json(nullptr);
      if (!v->is_number())
        throw report::FieldError(std::string("field '") + field + "' must be a number");
      return report::Number(v->get<double>());
    };
    figures.insert(report::Dump(FigureJson(
        report::GetString(f, "text"), report::GetString(f, "qualifier", true), num("low"),
        num("high"), report::GetString(f, "from"), report::GetString(f, "to"))));
  }
  return Fingerprint(report::GetString(e, "type", true), report::GetString(e, "key", true),
                     report::GetString(e, "scope"), figures);
}

}  // namespace

std::string FindingFingerprint(const Report& r, const Finding& f) {
  return Fingerprint(f.type, f.key, f.scope, FiguresOf(r, f));
}

void WriteBaseline(const Report& r, const RenderOptions& options, std::ostream& out) {
  Json findings = Json::array();
  std::set<std::string> seen;
  for (const Finding* f : report::Shown(r, options, false)) {
    if (f->severity == Severity::kNone) continue;
    if (!seen.insert(FindingFingerprint(r, *f)).second) continue;
    findings.push_back(Entry(r, *f));
  }
  const Json j = {{"figcheck_baseline", kBaselineVersion}, {"findings", findings}};
  out << report::Dump(j, 2) << '\n';
}

Result<Baseline> ReadBaseline(std::istream& in, const std::string& name) {
  Baseline b;
  // istream::read turns a read error (a directory, EIO) into badbit; the
  // filebuf itself would throw.
  std::string text;
  char buf[1 << 14];
  while (in.read(buf, sizeof buf) || in.gcount() > 0) text.append(buf, in.gcount());
  if (in.bad()) return Status(StatusCode::kIoError, "cannot read the baseline", SourceLocation{name});
  try {
    Json j;
    try {
      j = Json::parse(text);
    } catch (const Json::parse_error& e) {
      const report::JsonSyntaxError where = report::DescribeSyntaxError(e, text);
      return Status(StatusCode::kParseError, where.message,
                    SourceLocation{name, where.line, where.column});
    }
    if (!j.is_object() || report::GetInt(j, "figcheck_baseline", -1) != kBaselineVersion) {
      throw report::FieldError("not a figcheck baseline (\"figcheck_baseline\": 1 expected)");
    }
    auto it = j.find("findings");
    if (it == j.end() || !it->is_array()) {
      throw report::FieldError("field 'findings' must be an array");
    }
    for (const Json& e : *it) b.fingerprints.push_back(EntryFingerprint(e));
  } catch (const std::exception& e) {  // FieldError or a JSON syntax error
    return Status(StatusCode::kParseError, e.what(), SourceLocation{name});
  }
  std::sort(b.fingerprints.begin(), b.fingerprints.end());
  return b;
}

size_t ApplyBaseline(const Baseline& baseline, Report* r) {
  size_t n = 0;
  for (Finding& f : r->findings) {
    if (std::binary_search(baseline.fingerprints.begin(), baseline.fingerprints.end(),
                           FindingFingerprint(*r, f))) {
      f.suppressed = true;
      ++n;
    }
  }
  return n;
}

}  // namespace figcheck
