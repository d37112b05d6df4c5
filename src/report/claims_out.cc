// The claim stream of `figcheck extract` (docs/rules.md, "Claim output").
#include <cmath>
#include <nlohmann/json.hpp>
#include <sstream>

#include "figcheck/render.h"

namespace figcheck {
namespace {

using nlohmann::json;

json Number(double v) {
  if (!std::isfinite(v)) return nullptr;
  if (std::fabs(v) < 9e15 && v == std::floor(v)) return static_cast<int64_t>(v);
  return v;
}

json OrNull(const std::string& s) {
  return s.empty() ? json(nullptr) : json(s);
}

void AddDocInfo(const DocumentInfo& info, const Claim& c, json* j) {
  (*j)["source"] = info.source_name;
  (*j)["source_index"] = c.source;
  (*j)["doc_id"] = OrNull(info.id);
  (*j)["outlet"] = OrNull(info.outlet);
  (*j)["title"] = OrNull(info.title);
  (*j)["date"] = info.date ? json(info.date->ToIso()) : json(nullptr);
  (*j)["date_origin"] = DateOriginName(info.date_origin);
}

void AddFigure(const Mention& m, json* j) {
  const bool numeric = !m.date;
  (*j)["value"] = numeric && m.value ? Number(*m.value) : json(nullptr);
  (*j)["low"] = numeric ? Number(m.interval.low) : json(nullptr);
  (*j)["high"] = numeric ? Number(m.interval.high) : json(nullptr);
  (*j)["low_open"] = numeric && m.interval.low_open;
  (*j)["high_open"] = numeric && m.interval.high_open;
  (*j)["qualifier"] = QualifierName(m.qualifier);
  (*j)["from"] = nullptr;
  (*j)["to"] = nullptr;
  if (m.date) {
    if (m.date->resolved()) {
      (*j)["from"] = m.date->from.ToIso();
      (*j)["to"] = m.date->to.ToIso();
    } else {
      (*j)["unresolved"] = m.date->unresolved;
    }
    if (m.date->relative) (*j)["relative"] = true;
    if (m.date->calendar == Calendar::kHijri) (*j)["hijri"] = m.date->hijri;
  }
  (*j)["days_low"] = m.duration ? Number(m.duration->days_low) : json(nullptr);
  (*j)["days_high"] = m.duration ? Number(m.duration->days_high) : json(nullptr);
}

json ToJson(const DocumentInfo& info, const Claim& c) {
  json j;
  j["id"] = c.id;
  AddDocInfo(info, c, &j);
  j["key"] = c.key;
  j["rule_id"] = c.rule_id;
  j["kind"] = c.kind;
  j["mention_kind"] = MentionKindName(c.figure.kind);
  j["lang"] = c.figure.lang;
  j["scope"] = OrNull(c.scope);
  j["unit"] = OrNull(c.unit);
  AddFigure(c.figure, &j);
  j["text"] = c.text;
  j["sentence"] = c.sentence_text;
  j["line"] = c.begin.line;
  j["column"] = c.begin.column;
  j["end_line"] = c.end.line;
  j["end_column"] = c.end.column;
  j["start"] = c.begin.offset;
  j["end"] = c.end.offset;
  return j;
}

std::string Num(double v) {
  if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.15g", v);
  return buf;
}

// Whether the next kJson claim is the first of the array.
thread_local bool first_json = true;

}  // namespace

std::string ClaimJson(const DocumentInfo& info, const Claim& c) {
  return ToJson(info, c).dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string ClaimText(const DocumentInfo& info, const Claim& c) {
  const Mention& m = c.figure;
  std::ostringstream out;
  out << info.source_name << ':' << c.begin.line << ':' << c.begin.column << ": " << c.key;
  if (!c.scope.empty()) out << " @" << c.scope;
  out << ' ' << QualifierName(m.qualifier) << ' ';
  if (m.date) {
    if (m.date->resolved()) {
      out << m.date->from.ToIso() << ".." << m.date->to.ToIso();
    } else {
      out << "unresolved (" << m.date->unresolved << ")";
    }
  } else {
    out << (m.interval.low_open ? "(" : "[") << Num(m.interval.low) << ", " << Num(m.interval.high)
        << (m.interval.high_open ? ")" : "]");
  }
  if (!c.unit.empty()) out << ' ' << c.unit;
  out << "  \"" << c.text << "\"  (" << c.rule_id << ")";
  return out.str();
}

void BeginClaimsJson(std::ostream& out) {
  first_json = true;
  out << "[\n";
}
void EndClaimsJson(std::ostream& out) {
  out << "\n]\n";
}

void RenderClaims(const DocumentInfo& info, uint32_t source_index,
                  const std::vector<Claim>& claims, ClaimFormat format, std::ostream& out) {
  // The machine formats are the claims JSONL of docs/output.md, which
  // `figcheck report --input claims` reads back; a source without claims
  // still gets a line, so that it counts as a source.
  if (claims.empty() && format != ClaimFormat::kText) {
    if (format == ClaimFormat::kJson && !first_json) out << ",\n";
    if (format == ClaimFormat::kJson) {
      first_json = false;
      out << "  ";
    }
    out << SourceJsonLine(info, source_index) << (format == ClaimFormat::kJsonl ? "\n" : "");
    return;
  }
  for (const Claim& c : claims) {
    switch (format) {
      case ClaimFormat::kJsonl: out << ClaimJsonLine(info, source_index, c) << '\n'; break;
      case ClaimFormat::kJson:
        if (!first_json) out << ",\n";
        first_json = false;
        out << "  " << ClaimJsonLine(info, source_index, c);
        break;
      case ClaimFormat::kText: out << ClaimText(info, c) << '\n'; break;
    }
  }
}

}  // namespace figcheck
