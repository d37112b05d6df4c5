#include "extract/example_check.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "text/text_document.h"

namespace figcheck::extract {
namespace {

using Fields = std::vector<std::pair<std::string, FieldValue>>;

FieldValue Null() {
  return FieldValue{FieldValue::Type::kNull, 0, "null"};
}
FieldValue Str(std::string s) {
  return FieldValue{FieldValue::Type::kString, 0, std::move(s)};
}
FieldValue Bool(bool b) {
  return FieldValue{FieldValue::Type::kBool, 0, b ? "true" : "false"};
}
FieldValue Num(double v) {
  if (!std::isfinite(v)) return Null();
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.15g", v);
  return FieldValue{FieldValue::Type::kNumber, v, buf};
}
FieldValue OptNum(const std::optional<double>& v) {
  return v ? Num(*v) : Null();
}

void AddDateFields(const DateValue& d, Fields* f) {
  f->emplace_back("from", d.resolved() ? Str(d.from.ToIso()) : Null());
  f->emplace_back("to", d.resolved() ? Str(d.to.ToIso()) : Null());
  if (!d.resolved()) f->emplace_back("unresolved", Str(d.unresolved));
  f->emplace_back("calendar", Str(CalendarName(d.calendar)));
  if (!d.hijri.empty()) f->emplace_back("hijri", Str(d.hijri));
  if (d.weekday) f->emplace_back("weekday", Num(d.weekday));
  if (d.relative) f->emplace_back("relative", Bool(true));
  if (d.anchor) f->emplace_back("anchor", Str(d.anchor->ToIso()));
  if (d.ambiguous) f->emplace_back("ambiguous", Bool(true));
  f->emplace_back("granularity", Str(d.granularity == DateGranularity::kDay     ? "day"
                                     : d.granularity == DateGranularity::kMonth ? "month"
                                                                                : "year"));
}

std::string Describe(const Fields& fields) {
  std::string s = "{";
  for (const auto& [k, v] : fields) {
    if (k == "id" || k == "source" || k == "line" || k == "column" || k == "lang") continue;
    if (s.size() > 1) s += ", ";
    s += k + ": " + (v.type == FieldValue::Type::kString ? "\"" + v.text + "\"" : v.text);
  }
  return s + "}";
}

std::string Describe(const std::vector<std::pair<std::string, std::string>>& expected) {
  std::string s = "{";
  for (const auto& [k, v] : expected) s += (s.size() > 1 ? ", " : "") + k + ": " + v;
  return s + "}";
}

const FieldValue* Lookup(const Fields& fields, const std::string& key) {
  for (const auto& [k, v] : fields) {
    if (k == key) return &v;
  }
  return nullptr;
}

}  // namespace

Fields MentionFields(const Document& doc, const Mention& m) {
  const DocumentInfo& info = doc.info();
  const Position b = doc.PositionOf(m.span.begin);
  const Position e = doc.PositionOf(m.span.end);
  Fields f;
  f.emplace_back("id", info.id.empty() ? Null() : Str(info.id));
  f.emplace_back("source", Str(info.source_name));
  f.emplace_back("kind", Str(MentionKindName(m.kind)));
  f.emplace_back("text", Str(std::string(doc.text().substr(m.span.begin, m.span.size()))));
  f.emplace_back("start", Num(static_cast<double>(b.offset)));
  f.emplace_back("end", Num(static_cast<double>(e.offset)));
  f.emplace_back("line", Num(b.line));
  f.emplace_back("column", Num(b.column));
  f.emplace_back("value", OptNum(m.value));
  const bool has_interval = m.kind != MentionKind::kDate;
  f.emplace_back("low", has_interval ? Num(m.interval.low) : Null());
  f.emplace_back("high", has_interval ? Num(m.interval.high) : Null());
  f.emplace_back("low_open", Bool(m.interval.low_open));
  f.emplace_back("high_open", Bool(m.interval.high_open));
  f.emplace_back("qualifier", Str(QualifierName(m.qualifier)));
  if (!m.unit.empty()) f.emplace_back("unit", Str(m.unit));
  f.emplace_back("lang", Str(m.lang));
  if (m.date) AddDateFields(*m.date, &f);
  if (m.duration) {
    const DurationValue& d = *m.duration;
    f.emplace_back("amount", Num(d.amount));
    // As in the JSON stream, a duration's unit replaces the mention's.
    std::erase_if(f, [](const auto& kv) { return kv.first == "unit"; });
    f.emplace_back("unit", Str(DurationUnitName(d.unit)));
    f.emplace_back("days_low", Num(d.days_low));
    f.emplace_back("days_high", Num(d.days_high));
  }
  return f;
}

bool FieldMatches(const std::string& expected, const FieldValue& actual) {
  switch (actual.type) {
    case FieldValue::Type::kNull: return expected == "null" || expected.empty();
    case FieldValue::Type::kBool: return expected == actual.text;
    case FieldValue::Type::kString: return expected == actual.text;
    case FieldValue::Type::kNumber: {
      char* end = nullptr;
      const double e = std::strtod(expected.c_str(), &end);
      if (expected.empty() || end != expected.c_str() + expected.size()) return false;
      return std::fabs(e - actual.number) <= 1e-9 * std::max(1.0, std::fabs(e));
    }
  }
  return false;
}

std::optional<ExampleFailure> CheckMentionExample(const Extractor& extractor,
                                                  const rulebook::MentionExample& ex) {
  ExampleFailure fail;
  fail.example = &ex;
  const std::string where = ex.where.path + ":" + std::to_string(ex.where.line) + ":" +
                            std::to_string(ex.where.column) + ": example \"" + ex.text + "\": ";
  for (const auto& m : ex.mentions) fail.expected.push_back(Describe(m));
  DocumentInput input;
  input.info.source_name = ex.where.path;
  input.bytes = ex.text;
  input.format = InputFormat::kPlain;
  text::AnalyzeOptions options;
  options.lang = ex.lang;
  if (!ex.date.empty()) {
    options.fallback_date = CivilDate::ParseIso(ex.date);
    if (!options.fallback_date) {
      fail.message = where + "'date' is not YYYY-MM-DD: " + ex.date;
      return fail;
    }
  }
  auto analyzed = text::Analyze(std::move(input), options);
  if (!analyzed.ok()) {
    fail.message = where + "cannot read the text: " + analyzed.status().message();
    return fail;
  }
  const Document doc(std::move(analyzed).value());
  const std::vector<Mention> mentions = extractor.Extract(doc.data());
  std::vector<Fields> actual;
  for (const Mention& m : mentions) {
    actual.push_back(MentionFields(doc, m));
    fail.actual.push_back(Describe(actual.back()));
  }
  if (actual.size() != ex.mentions.size()) {
    fail.message = where + "expected " + std::to_string(ex.mentions.size()) + " mention(s), got " +
                   std::to_string(actual.size());
    return fail;
  }
  for (size_t i = 0; i < actual.size(); ++i) {
    for (const auto& [key, want] : ex.mentions[i]) {
      const FieldValue* got = Lookup(actual[i], key);
      if (got == nullptr ? (want == "null" || want.empty()) : FieldMatches(want, *got)) continue;
      fail.message = where + "mention " + std::to_string(i + 1) + ": " + key + ": expected " +
                     want + ", got " + (got ? got->text : "no such field");
      return fail;
    }
  }
  return std::nullopt;
}

std::vector<ExampleFailure> CheckMentionExamples(const Extractor& extractor) {
  std::vector<ExampleFailure> out;
  for (const auto& ex : extractor.book().mention_examples()) {
    if (auto f = CheckMentionExample(extractor, ex)) out.push_back(std::move(*f));
  }
  return out;
}

}  // namespace figcheck::extract
