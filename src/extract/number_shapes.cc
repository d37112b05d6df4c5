#include "extract/number_shapes.h"

#include <limits>

#include "extract/number_reader.h"

namespace figcheck::extract {

using text::TokenType;
using text::TokenView;

namespace {

bool PunctAt(const TokenView& tv, size_t i, std::string_view p) {
  return tv.is(i, TokenType::kPunct) && tv.text(i) == p;
}

bool GluedNumber(const TokenView& tv, size_t i) {
  return tv.is(i, TokenType::kNumber) && tv[i].glued;
}

Candidate MakeCandidate(size_t begin, size_t end, MentionKind kind, std::optional<double> value) {
  Candidate c;
  c.begin = begin;
  c.end = end;
  c.priority = 10;
  c.mention.kind = kind;
  c.mention.value = value;
  if (value) {
    c.mention.interval = Interval::Point(*value);
  } else {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    c.mention.interval = Interval{nan, nan, false, false};
  }
  return c;
}

}  // namespace

std::optional<Shape> ShapeReader::Read(const TokenView& tv, size_t i) const {
  // Phones first: "555-123-4567" is grouped like a numeric date, but no date
  // has its nine or more digits (Phone's own bounds).
  if (auto s = Phone(tv, i)) return s;
  if (tv.is(i, TokenType::kNumber)) {
    if (auto s = NumericDate(tv, i)) return s;
    if (auto s = Time(tv, i)) return s;
  }
  if (auto s = ListMarker(tv, i)) return s;
  if (tv.is(i, TokenType::kNumber)) return Name(tv, i);
  return std::nullopt;
}

// "17/09/2024", "9/11", "2024-09-17", "17.09.2024", and with spaces around
// a slash as typed in Arabic text: "28 / 8 / 1436", "4/ 2" (a score).
std::optional<Shape> ShapeReader::NumericDate(const TokenView& tv, size_t i) const {
  // A mark between two digit runs: glued, or a slash with at most a space
  // on either side.
  auto joined = [&](size_t mark) {
    if (!tv.is(mark, TokenType::kPunct) || !tv.is(mark + 1, TokenType::kNumber)) return false;
    if (tv[mark].glued && tv[mark + 1].glued) return true;
    return tv.text(mark) == "/" && tv[mark].begin - tv[mark - 1].end <= 1 &&
           tv[mark + 1].begin - tv[mark].end <= 1;
  };
  if (!joined(i + 1)) return std::nullopt;
  const std::string_view mark = tv.text(i + 1);
  const bool three = tv.is_text(i + 3, mark) && joined(i + 3);
  if (mark == "/" || ((mark == "-" || mark == ".") && three)) {
    return Shape{three ? i + 5 : i + 3, std::nullopt};
  }
  return std::nullopt;
}

// "13:22", "13:22:05", "10:30 صباحا", and "13:2217/09/2024" (see the header).
std::optional<Shape> ShapeReader::Time(const TokenView& tv, size_t i) const {
  if (!PunctAt(tv, i + 1, ":") || !tv[i + 1].glued || !GluedNumber(tv, i + 2)) {
    return std::nullopt;
  }
  const std::string_view h = tv.text(i), mm = tv.text(i + 2);
  const double hours = DigitValue(h);
  const bool into_date =
      mm.size() > 2 && tv.is(i + 3, TokenType::kPunct) && tv[i + 3].glued && GluedNumber(tv, i + 4);
  if (h.size() > 2 || hours > 24 || (mm.size() != 2 && !into_date)) {
    return Shape{i + 3, std::nullopt};  // a score, a ratio, a verse: never a count
  }
  const double minutes = DigitValue(mm.substr(0, 2));
  if (minutes > 59) return Shape{i + 3, std::nullopt};
  if (into_date) {
    Candidate c = MakeCandidate(i, i + 2, MentionKind::kTime, hours * 60 + minutes);
    c.mention.norm_span = Span{tv[i].begin, tv[i + 2].begin + 2};
    return Shape{i + 2, std::move(c)};
  }
  size_t end = i + 3;
  if (PunctAt(tv, end, ":") && tv[end].glued && GluedNumber(tv, end + 1) &&
      tv[end + 1].size() == 2) {
    end += 2;  // seconds
  }
  double value = hours * 60 + minutes;
  if (auto s = vocab_.time_suffixes.At(tv, end); s && s->clitic_len == 0) {
    if (s->info->pm && hours < 12) value += 12 * 60;
    end = s->end;
  }
  return Shape{end, MakeCandidate(i, end, MentionKind::kTime, value)};
}

// "+966 11 234 5678", "0501234567", "(202) 555-0143", "010-1234-5678".
std::optional<Shape> ShapeReader::Phone(const TokenView& tv, size_t i) const {
  const bool plus = PunctAt(tv, i, "+") && GluedNumber(tv, i + 1);
  const bool paren = PunctAt(tv, i, "(") && tv.is(i + 1, TokenType::kNumber);
  size_t k = (plus || paren) ? i + 1 : i;
  if (!tv.is(k, TokenType::kNumber)) return std::nullopt;
  const std::string_view first = tv.text(k);
  size_t digits = 0, groups = 0, end = k;
  bool dashes_only = true, parens = paren;
  while (true) {
    digits += tv[k].size();
    ++groups;
    end = k + 1;
    // Between groups: only ( ) - . and at most a few bytes of space.
    // The marks count only when another group follows: a sentence's full
    // stop after the last group is no separator.
    size_t n = k + 1;
    bool run_dashes = true, run_paren = false;
    bool run_glued = n < tv.size() && tv[n].glued;  // no space before the marks
    while (n < tv.size() && tv.is(n, TokenType::kPunct) && n < k + 4) {
      const std::string_view p = tv.text(n);
      if (p != "(" && p != ")" && p != "-" && p != ".") break;
      if (p == ")" && n == k + 1) end = n + 1;
      run_dashes = run_dashes && p == "-";
      run_paren = run_paren || p == "(";
      ++n;
    }
    if (!tv.is(n, TokenType::kNumber) || tv[n].begin - tv[n - 1].end > 1) break;
    // Dash-grouped phones are written solid: "555-123-4567". A spaced dash
    // joins other things ("1-12-2015 - 5-12-2015" is a range of dates).
    run_glued = run_glued && tv[n].glued;
    dashes_only = dashes_only && run_dashes && run_glued && n != k + 1;  // n == k + 1: a space
    parens = parens || run_paren;
    k = n;
  }
  const bool ok = (plus && digits >= 8 && digits <= 15) ||
                  (first.size() >= 2 && first[0] == '0' && digits >= 9 && digits <= 15) ||
                  (parens && groups >= 2 && digits >= 7 && digits <= 15) ||
                  (groups >= 3 && dashes_only && digits >= 9 && digits <= 15);
  if (!ok) return std::nullopt;
  return Shape{end, MakeCandidate(i, end, MentionKind::kPhone, std::nullopt)};
}

// "1." "2)" "3-" opening a sentence or following a colon, and "(4)" anywhere (a part or item
// number: "مذكرات فاتن حمامة (1)").
std::optional<Shape> ShapeReader::ListMarker(const TokenView& tv, size_t i) const {
  const bool paren = PunctAt(tv, i, "(");
  // At the start of a sentence, or after a colon ("النقاط التالية: 1- ...").
  const bool opens = i == 0 || PunctAt(tv, i - 1, ":");
  if (!paren && !opens) return std::nullopt;
  const size_t k = paren ? i + 1 : i;
  if (!tv.is(k, TokenType::kNumber) || tv[k].size() > 2 || tv.text(k)[0] == '0')
    return std::nullopt;
  const bool close =
      PunctAt(tv, k + 1, ")") || (!paren && (PunctAt(tv, k + 1, ".") || PunctAt(tv, k + 1, "-")));
  if (!close || !tv[k + 1].glued || (paren && !tv[k].glued)) return std::nullopt;
  const size_t end = k + 2;
  if (!paren && end < tv.size() && (tv[end].glued || !tv.is(end, TokenType::kWord))) {
    return std::nullopt;
  }
  // "(13) ألف ريال" is an amount set off by parentheses.
  auto scale = vocab_.number_words.At(tv, end);
  if ((scale && scale->info->role == WordRole::kScale) || vocab_.currencies.At(tv, end) ||
      vocab_.percent_units.At(tv, end)) {
    return std::nullopt;
  }
  return Shape{end, MakeCandidate(i, end, MentionKind::kListMarker, DigitValue(tv.text(k)))};
}

// "G20", "MH17", "COVID-19", "F-16", "رقم 2254", "No. 5", "LD 035", and
// long bare digit runs (IDs, account numbers): a name, not a figure.
std::optional<Shape> ShapeReader::Name(const TokenView& tv, size_t i) const {
  const std::string_view digits = tv.text(i);
  const bool glued_word = i > 0 && tv[i].glued && tv.is(i - 1, TokenType::kWord) &&
                          !vocab_.IsNumberPrefix(tv.text(i - 1));
  const bool dashed = i > 1 && tv[i].glued && PunctAt(tv, i - 1, "-") && tv[i - 1].glued &&
                      tv.is(i - 2, TokenType::kWord) && !vocab_.IsNumberPrefix(tv.text(i - 2));
  const auto any = [](const WordInfo&) { return true; };
  // The cue may stand right before the digits or before a quote or colon.
  const bool cued = vocab_.identifier_cues.EndingAt(tv, i, any).has_value() ||
                    (i > 0 && tv.is(i - 1, TokenType::kPunct) &&
                     vocab_.identifier_cues.EndingAt(tv, i - 1, any).has_value());
  // "035": a leading zero is a code, not a count ("0.5" is a decimal).
  const bool decimal = tv.is(i + 1, TokenType::kPunct) && tv[i + 1].glued && GluedNumber(tv, i + 2);
  const bool zero = digits.size() >= 2 && digits[0] == '0' && !decimal;
  // Nine digits or more with no grouping and no unit after them.
  const bool long_run = digits.size() >= 9 && !decimal && !vocab_.percent_units.At(tv, i + 1) &&
                        !vocab_.currencies.At(tv, i + 1) && !vocab_.number_words.At(tv, i + 1);
  // A house number: a street word within three words ("734 Hartford Avenue").
  bool address = false;
  for (size_t k = i + 1; k <= i + 3 && k < tv.size() && !address; ++k) {
    if (tv.is(k, TokenType::kPunct)) break;
    address = vocab_.address_words.At(tv, k).has_value();
  }
  if (glued_word || dashed || cued || zero || long_run || address)
    return Shape{i + 1, std::nullopt};
  return std::nullopt;
}

}  // namespace figcheck::extract
