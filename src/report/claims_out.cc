// The claim stream of `figcheck extract` (docs/rules.md, "Claim output").
#include <cmath>
#include <sstream>

#include "figcheck/render.h"
#include "report/json_io.h"

namespace figcheck {
namespace {

using report::Json;
using report::Number;

// The claim JSONL object (json_io), flattened for rule examples: the date's
// from/to and the duration's days at the top level, "source" the name.
Json FlatJson(const DocumentInfo& info, const Claim& c) {
  Json j = report::ClaimToJson(c);
  const Mention& m = c.figure;
  j["source"] = info.source_name;
  j["outlet"] = info.outlet;
  j["date"] = info.date ? Json(info.date->ToIso()) : Json(nullptr);
  const bool dated = m.date && m.date->resolved();
  j["from"] = dated ? Json(m.date->from.ToIso()) : Json(nullptr);
  j["to"] = dated ? Json(m.date->to.ToIso()) : Json(nullptr);
  j["days_low"] = m.duration ? Number(m.duration->days_low) : Json(nullptr);
  j["days_high"] = m.duration ? Number(m.duration->days_high) : Json(nullptr);
  if (m.date) {  // a date's interval is its days, not a number
    j["value"] = j["low"] = j["high"] = nullptr;
  }
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
  return report::Dump(FlatJson(info, c));
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
