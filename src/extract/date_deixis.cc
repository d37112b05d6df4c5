#include "extract/date_deixis.h"

namespace figcheck::extract {
namespace {

using Unit = RelativeRef::Unit;

std::optional<Unit> UnitNamed(std::string_view name) {
  if (name == "day") return Unit::kDay;
  if (name == "week") return Unit::kWeek;
  if (name == "month") return Unit::kMonth;
  if (name == "year") return Unit::kYear;
  return std::nullopt;
}

bool IsOpener(std::string_view s) { return s == "\"" || s == "(" || s == "'"; }
bool IsCloser(std::string_view s) { return s == "\"" || s == ")" || s == "'"; }

int Shift(const rulebook::PhraseMatch& m) { return static_cast<int>(m.entry->Number("shift")); }

// A weekday written after a phrase: "أمس الأحد", "اليوم (الاثنين)",
// "yesterday (Monday)". Sets *weekday and returns the new end.
size_t WeekdayAfter(const DateVocab& v, const text::TokenView& tv, size_t k, int* weekday) {
  const bool paren = tv.is_text(k, "(");
  auto w = v.At(DateLex::kWeekdays, tv, paren ? k + 1 : k);
  if (!w || w->clitic_len > 0) return k;
  if (paren && !tv.is_text(w->end, ")")) return k;
  *weekday = static_cast<int>(w->entry->Number("weekday"));
  return paren ? w->end + 1 : w->end;
}

std::optional<RelativePhrase> Deictic(const DateVocab& v, const text::TokenView& tv, size_t i) {
  auto d = v.At(DateLex::kDeictics, tv, i);
  if (!d || v.At(DateLex::kDeicticBlockers, tv, d->end)) return std::nullopt;
  // "في اليوم" is "per day", "طوال اليوم" "all day": not today.
  if (v.lex(DateLex::kDeicticBlockersBefore).MatchEndingAt(tv, i)) return std::nullopt;
  // «اليوم», (اليوم): a word in quotes or brackets on its own is a name
  // (the Saudi daily "اليوم"), not a day.
  if (i > 0 && IsOpener(tv.text(i - 1)) && d->end < tv.size() && IsCloser(tv.text(d->end))) {
    return std::nullopt;
  }
  RelativePhrase p;
  p.begin = i;
  p.ref.unit = Unit::kDay;
  p.ref.offset = static_cast<int>(d->entry->Number("offset"));
  p.end = WeekdayAfter(v, tv, d->end, &p.weekday);
  return p;
}

std::optional<RelativePhrase> Weekday(const DateVocab& v, const text::TokenView& tv, size_t i) {
  RelativePhrase p;
  p.begin = i;
  size_t k = i;
  auto before = v.At(DateLex::kRelativeBefore, tv, k);
  if (before) k = before->end;
  if (auto lead = v.At(DateLex::kLeads, tv, k); lead && lead->entry->Attr("role") == "day") {
    k = lead->end;
  }
  auto w = v.At(DateLex::kWeekdays, tv, k);
  if (!w || w->entry->Attr("needs_date") == "true") return std::nullopt;
  // "صلاة الجمعة" is a prayer, "Good Friday" a feast: not days to resolve.
  if (i > 0 && v.lex(DateLex::kWeekdayBlockers).MatchEndingAt(tv, i)) return std::nullopt;
  p.ref.unit = Unit::kWeekday;
  p.ref.weekday = static_cast<int>(w->entry->Number("weekday"));
  p.weekday = p.ref.weekday;
  p.end = w->end;
  if (before) {
    p.ref.shift = Shift(*before);
  } else if (auto after = v.At(DateLex::kRelativeAfter, tv, p.end)) {
    p.ref.shift = Shift(*after);
    p.end = after->end;
  }
  return p;
}

}  // namespace

std::optional<UnitShift> ReadUnitShift(const DateVocab& v, const text::TokenView& tv, size_t k) {
  if (auto before = v.At(DateLex::kRelativeBefore, tv, k)) {
    auto u = v.At(DateLex::kCalendarUnits, tv, before->end);
    if (!u) return std::nullopt;
    auto unit = UnitNamed(u->entry->Attr("unit"));
    if (!unit) return std::nullopt;
    return UnitShift{*unit, Shift(*before), u->end};
  }
  auto u = v.At(DateLex::kCalendarUnits, tv, k);
  if (!u) return std::nullopt;
  // "النائب العام السابق" is the former attorney general: after such a
  // noun "العام" is an adjective, not the year.
  if (v.lex(DateLex::kUnitBlockersBefore).MatchEndingAt(tv, k)) return std::nullopt;
  auto after = v.At(DateLex::kRelativeAfter, tv, u->end);
  auto unit = UnitNamed(u->entry->Attr("unit"));
  if (!after || !unit) return std::nullopt;
  return UnitShift{*unit, Shift(*after), after->end};
}

std::optional<RelativePhrase> ReadRelative(const DateVocab& v, const text::TokenView& tv,
                                           size_t i) {
  if (auto d = Deictic(v, tv, i)) return d;
  if (auto u = ReadUnitShift(v, tv, i)) {
    RelativePhrase p;
    p.begin = i;
    p.end = u->end;
    p.ref.unit = u->unit;
    p.ref.offset = u->shift;
    return p;
  }
  return Weekday(v, tv, i);
}

}  // namespace figcheck::extract
