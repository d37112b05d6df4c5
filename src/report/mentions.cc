// The mention stream of `figcheck extract --mentions` (docs/output.md).
#include <cmath>
#include <nlohmann/json.hpp>

#include "figcheck/render.h"
#include "report/json_io.h"

namespace figcheck {
namespace {

using nlohmann::json;

json Number(double v) { return json(report::Number(v)); }

json ToJson(const Document& doc, const Mention& m) {
  const DocumentInfo& info = doc.info();
  const Position b = doc.PositionOf(m.span.begin);
  const Position e = doc.PositionOf(m.span.end);
  json j;
  j["id"] = info.id.empty() ? json(nullptr) : json(info.id);
  j["source"] = info.source_name;
  j["kind"] = MentionKindName(m.kind);
  j["text"] = std::string(doc.text().substr(m.span.begin, m.span.size()));
  j["start"] = b.offset;
  j["end"] = e.offset;
  j["line"] = b.line;
  j["column"] = b.column;
  j["value"] = m.value ? Number(*m.value) : json(nullptr);
  const bool has_interval = m.kind != MentionKind::kDate;
  j["low"] = has_interval ? Number(m.interval.low) : json(nullptr);
  j["high"] = has_interval ? Number(m.interval.high) : json(nullptr);
  j["low_open"] = m.interval.low_open;
  j["high_open"] = m.interval.high_open;
  j["qualifier"] = QualifierName(m.qualifier);
  if (!m.unit.empty()) j["unit"] = m.unit;
  j["lang"] = m.lang;
  if (m.date) {
    const DateValue& d = *m.date;
    if (d.resolved()) {
      j["from"] = d.from.ToIso();
      j["to"] = d.to.ToIso();
    } else {
      j["from"] = nullptr;
      j["to"] = nullptr;
      j["unresolved"] = d.unresolved;
    }
    j["calendar"] = CalendarName(d.calendar);
    if (!d.hijri.empty()) j["hijri"] = d.hijri;
    if (d.weekday) j["weekday"] = d.weekday;
    if (d.relative) j["relative"] = true;
    if (d.anchor) j["anchor"] = d.anchor->ToIso();
    if (d.ambiguous) j["ambiguous"] = true;
    j["granularity"] = d.granularity == DateGranularity::kDay
                           ? "day"
                           : (d.granularity == DateGranularity::kMonth ? "month" : "year");
  }
  if (m.duration) {
    const DurationValue& d = *m.duration;
    j["amount"] = Number(d.amount);
    j["unit"] = DurationUnitName(d.unit);
    j["days_low"] = Number(d.days_low);
    j["days_high"] = Number(d.days_high);
  }
  return j;
}

std::string IntervalText(const Mention& m) {
  auto num = [](double v) {
    if (std::isinf(v)) return std::string(v > 0 ? "inf" : "-inf");
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.15g", v);
    return std::string(buf);
  };
  return std::string(m.interval.low_open ? "(" : "[") + num(m.interval.low) + ", " +
         num(m.interval.high) + (m.interval.high_open ? ")" : "]");
}

// Whether the next kJson mention is the first of the array.
thread_local bool first_json = true;

}  // namespace

std::string MentionJson(const Document& doc, const Mention& m) {
  return ToJson(doc, m).dump(-1, ' ', false, json::error_handler_t::replace);
}

void BeginMentionsJson(std::ostream& out) {
  first_json = true;
  out << "[\n";
}
void EndMentionsJson(std::ostream& out) { out << "\n]\n"; }

void RenderMentions(const Document& doc, const std::vector<Mention>& mentions,
                    MentionFormat format, std::ostream& out) {
  for (const Mention& m : mentions) {
    switch (format) {
      case MentionFormat::kJsonl:
        out << MentionJson(doc, m) << '\n';
        break;
      case MentionFormat::kJson:
        if (!first_json) out << ",\n";
        first_json = false;
        out << "  " << MentionJson(doc, m);
        break;
      case MentionFormat::kText: {
        const Position p = doc.PositionOf(m.span.begin);
        out << doc.info().source_name << ':' << p.line << ':' << p.column << ": "
            << MentionKindName(m.kind) << ' ' << QualifierName(m.qualifier) << ' ';
        if (m.date) {
          out << (m.date->resolved() ? m.date->from.ToIso() + ".." + m.date->to.ToIso()
                                     : "unresolved (" + m.date->unresolved + ")");
        } else {
          out << IntervalText(m);
        }
        if (!m.unit.empty()) out << ' ' << m.unit;
        out << "  \"" << doc.text().substr(m.span.begin, m.span.size()) << "\"\n";
        break;
      }
    }
  }
}

}  // namespace figcheck
