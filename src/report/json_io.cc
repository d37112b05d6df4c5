#include "report/json_io.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace figcheck::report {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// Enum <-> name through the public *Name functions, so names have one home
// (src/base/names.cc).
template <typename E, typename F>
E EnumFromName(const std::string& name, int count, F name_of, const char* field) {
  for (int i = 0; i < count; ++i) {
    if (name == name_of(static_cast<E>(i))) return static_cast<E>(i);
  }
  throw FieldError(std::string("field '") + field + "' has an unknown value '" + name + "'");
}

const char* GranularityName(DateGranularity g) {
  switch (g) {
    case DateGranularity::kDay: return "day";
    case DateGranularity::kMonth: return "month";
    case DateGranularity::kYear: return "year";
  }
  return "day";
}

Json Span2(const Span& s) {
  return Json::array({s.begin, s.end});
}

Span GetSpan(const Json& j, const char* field) {
  auto it = j.find(field);
  if (it == j.end() || it->is_null()) return {};
  if (!it->is_array() || it->size() != 2 || !(*it)[0].is_number_unsigned() ||
      !(*it)[1].is_number_unsigned()) {
    throw FieldError(std::string("field '") + field + "' must be [begin, end] byte offsets");
  }
  return Span{(*it)[0].get<uint32_t>(), (*it)[1].get<uint32_t>()};
}

std::optional<CivilDate> GetDate(const Json& j, const char* field) {
  const std::string text = GetString(j, field);
  if (text.empty()) return std::nullopt;
  std::optional<CivilDate> d = CivilDate::ParseIso(text);
  if (!d) throw FieldError(std::string("field '") + field + "' is not a YYYY-MM-DD date");
  return d;
}

const Json& GetObject(const Json& j, const char* field) {
  const Json& o = j.at(field);
  if (!o.is_object()) throw FieldError(std::string("field '") + field + "' must be an object");
  return o;
}

Json DateToJson(const DateValue& d) {
  Json j;
  j["from"] = d.resolved() ? Json(d.from.ToIso()) : Json(nullptr);
  j["to"] = d.resolved() ? Json(d.to.ToIso()) : Json(nullptr);
  j["granularity"] = GranularityName(d.granularity);
  j["calendar"] = CalendarName(d.calendar);
  if (!d.hijri.empty()) j["hijri"] = d.hijri;
  if (d.weekday != 0) j["weekday"] = d.weekday;
  if (d.relative) j["relative"] = true;
  if (d.anchor) j["anchor"] = d.anchor->ToIso();
  if (!d.unresolved.empty()) j["unresolved"] = d.unresolved;
  if (d.ambiguous) j["ambiguous"] = true;
  return j;
}

DateValue DateFromJson(const Json& j) {
  DateValue d;
  d.unresolved = GetString(j, "unresolved");
  d.from = GetDate(j, "from").value_or(CivilDate{});
  d.to = GetDate(j, "to").value_or(CivilDate{});
  d.granularity = EnumFromName<DateGranularity>(GetString(j, "granularity", true), 3,
                                                GranularityName, "granularity");
  d.calendar = EnumFromName<Calendar>(GetString(j, "calendar", true), 2, CalendarName, "calendar");
  d.hijri = GetString(j, "hijri");
  d.weekday = static_cast<int>(GetInt(j, "weekday"));
  d.relative = GetBool(j, "relative");
  d.anchor = GetDate(j, "anchor");
  d.ambiguous = GetBool(j, "ambiguous");
  return d;
}

}  // namespace

JsonSyntaxError DescribeSyntaxError(const nlohmann::json::parse_error& e, std::string_view text) {
  JsonSyntaxError out;
  const size_t at = std::min<size_t>(e.byte > 0 ? e.byte - 1 : 0, text.size());
  for (size_t k = 0; k < at; ++k) {
    if (text[k] == '\n') {
      ++out.line;
      out.column = 1;
    } else {
      out.column += (static_cast<unsigned char>(text[k]) & 0xC0) != 0x80;
    }
  }
  const std::string what = e.what();
  const size_t colon = what.find(": ");
  out.message = "malformed JSON: " + (colon == std::string::npos ? what : what.substr(colon + 2));
  return out;
}

Json Number(double v) {
  if (!std::isfinite(v)) return nullptr;
  if (std::fabs(v) < 9e15 && v == std::floor(v)) return static_cast<int64_t>(v);
  return v;
}

std::string Dump(const Json& j, int indent) {
  return j.dump(indent, ' ', false, Json::error_handler_t::replace);
}

std::string GetString(const Json& j, const char* field, bool required) {
  auto it = j.find(field);
  if (it == j.end() || it->is_null()) {
    if (required) throw FieldError(std::string("field '") + field + "' is missing");
    return "";
  }
  if (!it->is_string()) throw FieldError(std::string("field '") + field + "' must be a string");
  return it->get<std::string>();
}

bool GetBool(const Json& j, const char* field) {
  auto it = j.find(field);
  if (it == j.end() || it->is_null()) return false;
  if (!it->is_boolean())
    throw FieldError(std::string("field '") + field + "' must be true or false");
  return it->get<bool>();
}

int64_t GetInt(const Json& j, const char* field, int64_t if_missing) {
  auto it = j.find(field);
  if (it == j.end() || it->is_null()) return if_missing;
  if (!it->is_number_integer()) {
    throw FieldError(std::string("field '") + field + "' must be an integer");
  }
  return it->get<int64_t>();
}

double GetNumber(const Json& j, const char* field, double if_null) {
  auto it = j.find(field);
  if (it == j.end() || it->is_null()) return if_null;
  if (!it->is_number()) throw FieldError(std::string("field '") + field + "' must be a number");
  return it->get<double>();
}

Json SourceToJson(const DocumentInfo& info, uint32_t index) {
  Json j;
  j["index"] = index;
  j["name"] = info.source_name;
  j["id"] = info.id;
  j["outlet"] = info.outlet;
  j["title"] = info.title;
  j["lang"] = info.lang;
  j["date"] = info.date ? Json(info.date->ToIso()) : Json(nullptr);
  j["date_origin"] = DateOriginName(info.date_origin);
  if (info.date_end > info.date_begin) j["date_span"] = Span2({info.date_begin, info.date_end});
  if (info.date_minutes >= 0) j["date_minutes"] = info.date_minutes;
  if (info.date_weekday != 0) j["date_weekday"] = info.date_weekday;
  return j;
}

void SourceFromJson(const Json& j, DocumentInfo* info, uint32_t* index) {
  const int64_t i = GetInt(j, "index", -1);
  if (i < 0 || i > UINT32_MAX) throw FieldError("field 'source.index' must be an index");
  *index = static_cast<uint32_t>(i);
  info->source_name = GetString(j, "name", true);
  info->id = GetString(j, "id");
  info->outlet = GetString(j, "outlet");
  info->title = GetString(j, "title");
  info->lang = GetString(j, "lang");
  info->date = GetDate(j, "date");
  const std::string origin = GetString(j, "date_origin");
  info->date_origin = origin.empty()
                          ? DateOrigin::kNone
                          : EnumFromName<DateOrigin>(origin, 5, DateOriginName, "date_origin");
  const Span date_span = GetSpan(j, "date_span");
  info->date_begin = date_span.begin;
  info->date_end = date_span.end;
  info->date_minutes = static_cast<int>(GetInt(j, "date_minutes", -1));
  info->date_weekday = static_cast<int>(GetInt(j, "date_weekday"));
}

Json ClaimToJson(const Claim& c) {
  const Mention& m = c.figure;
  Json j;
  j["id"] = c.id;
  j["source"] = c.source;
  j["key"] = c.key;
  j["scope"] = c.scope;
  j["kind"] = c.kind;
  j["unit"] = c.unit;
  j["rule_id"] = c.rule_id;
  j["mention_kind"] = MentionKindName(m.kind);
  j["value"] = m.value ? Number(*m.value) : Json(nullptr);
  j["low"] = Number(m.interval.low);
  j["high"] = Number(m.interval.high);
  j["low_open"] = m.interval.low_open;
  j["high_open"] = m.interval.high_open;
  j["qualifier"] = QualifierName(m.qualifier);
  j["mention_unit"] = m.unit;
  j["lang"] = m.lang;
  if (m.date) j["date"] = DateToJson(*m.date);
  if (m.duration) {
    j["duration"] = {{"amount", Number(m.duration->amount)},
                     {"unit", DurationUnitName(m.duration->unit)},
                     {"days_low", Number(m.duration->days_low)},
                     {"days_high", Number(m.duration->days_high)}};
  }
  j["text"] = c.text;
  j["sentence"] = c.sentence_text;
  j["line"] = c.begin.line;
  j["column"] = c.begin.column;
  j["end_line"] = c.end.line;
  j["end_column"] = c.end.column;
  j["offset"] = c.begin.offset;
  j["end_offset"] = c.end.offset;
  j["span"] = Span2(c.span);
  j["sentence_span"] = Span2(c.sentence_span);
  j["figure_span"] = Span2(m.span);
  j["norm_span"] = Span2(m.norm_span);
  j["sentence_index"] = m.sentence;
  return j;
}

Claim ClaimFromJson(const Json& j) {
  Claim c;
  Mention& m = c.figure;
  c.id = GetString(j, "id");
  c.key = GetString(j, "key", true);
  c.scope = GetString(j, "scope");
  c.kind = GetString(j, "kind");
  c.unit = GetString(j, "unit");
  c.rule_id = GetString(j, "rule_id");
  m.kind = EnumFromName<MentionKind>(GetString(j, "mention_kind", true), 12, MentionKindName,
                                     "mention_kind");
  if (j.contains("value") && !j["value"].is_null()) m.value = GetNumber(j, "value", 0);
  m.interval.low = GetNumber(j, "low", -kInf);
  m.interval.high = GetNumber(j, "high", kInf);
  m.interval.low_open = GetBool(j, "low_open");
  m.interval.high_open = GetBool(j, "high_open");
  m.qualifier =
      EnumFromName<Qualifier>(GetString(j, "qualifier", true), 8, QualifierName, "qualifier");
  m.unit = GetString(j, "mention_unit");
  m.lang = GetString(j, "lang");
  if (j.contains("date") && !j["date"].is_null()) m.date = DateFromJson(GetObject(j, "date"));
  if (j.contains("duration") && !j["duration"].is_null()) {
    const Json& d = GetObject(j, "duration");
    DurationValue v;
    v.amount = GetNumber(d, "amount", 0);
    v.unit = EnumFromName<DurationUnit>(GetString(d, "unit", true), 6, DurationUnitName,
                                        "duration.unit");
    v.days_low = GetNumber(d, "days_low", -kInf);
    v.days_high = GetNumber(d, "days_high", kInf);
    m.duration = v;
  }
  c.text = GetString(j, "text");
  c.sentence_text = GetString(j, "sentence");
  c.begin.line = static_cast<uint32_t>(GetInt(j, "line", 1));
  c.begin.column = static_cast<uint32_t>(GetInt(j, "column", 1));
  c.end.line = static_cast<uint32_t>(GetInt(j, "end_line", c.begin.line));
  c.end.column = static_cast<uint32_t>(GetInt(j, "end_column", c.begin.column));
  c.begin.offset = static_cast<uint64_t>(GetInt(j, "offset"));
  c.end.offset = static_cast<uint64_t>(GetInt(j, "end_offset"));
  c.span = GetSpan(j, "span");
  c.sentence_span = GetSpan(j, "sentence_span");
  m.span = j.contains("figure_span") ? GetSpan(j, "figure_span") : c.span;
  m.norm_span = GetSpan(j, "norm_span");
  m.sentence = static_cast<uint32_t>(GetInt(j, "sentence_index"));
  return c;
}

}  // namespace figcheck::report
