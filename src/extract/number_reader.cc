#include "extract/number_reader.h"

#include <cmath>
#include <string_view>

namespace figcheck::extract {

using text::TokenType;
using text::TokenView;

double DigitValue(std::string_view digits) {
  double v = 0;
  for (char c : digits) v = v * 10 + (c - '0');
  return v;
}

bool NumberReader::IsSignAt(const TokenView& tv, size_t i) const {
  if (!tv.is(i, TokenType::kPunct) || !(tv.is_text(i, "-") || tv.is_text(i, "+"))) return false;
  if (!tv.is(i + 1, TokenType::kNumber) || !tv[i + 1].glued) return false;
  // "40-50" and "COVID-19": a dash glued to what precedes it is not a
  // sign, unless that is a prefix such as "و" ("و-3%").
  return i == 0 || !tv[i].glued || tv.is(i - 1, TokenType::kPunct) ||
         (tv.is(i - 1, TokenType::kWord) && vocab_.IsNumberPrefix(tv.text(i - 1)));
}

// Group separators: "1,234,567" or "1 234 567". Returns the new end.
size_t NumberReader::ReadGroups(const TokenView& tv, size_t end, CardinalParse* p) const {
  if (p->int_digits > 3) return end;
  double value = p->value;
  size_t k = end;
  std::string_view sep;  // every mark of one number is the same
  while (tv.is(k, TokenType::kPunct) && tv[k].glued && tv.is(k + 1, TokenType::kNumber) &&
         tv[k + 1].glued && tv[k + 1].size() == 3) {
    auto m = vocab_.number_separators.At(tv, k);
    if (!m || !m->info->group || m->end != k + 1) break;
    if (!sep.empty() && tv.text(k) != sep) break;
    sep = tv.text(k);
    value = value * 1000 + DigitValue(tv.text(k + 1));
    k += 2;
  }
  if (sep.empty()) {
    // Thin or plain spaces between groups of three: exactly one byte apart.
    while (tv.is(k, TokenType::kNumber) && !tv[k].glued && tv[k].size() == 3 &&
           tv[k].begin == tv[k - 1].end + 1 && tv.norm()[tv[k - 1].end] == ' ' &&
           tv.is(k - 1, TokenType::kNumber)) {
      value = value * 1000 + DigitValue(tv.text(k));
      ++k;
    }
  }
  if (k != end) {
    p->grouped = true;
    p->value = value;
  }
  return k;
}

std::optional<CardinalParse> NumberReader::ReadDigits(const TokenView& tv, size_t i) const {
  CardinalParse p;
  p.begin = i;
  size_t k = i;
  double sign = 1;
  if (IsSignAt(tv, i)) {
    sign = tv.is_text(i, "-") ? -1 : 1;
    p.sign = true;
    ++k;
  }
  if (!tv.is(k, TokenType::kNumber)) return std::nullopt;
  p.value = DigitValue(tv.text(k));
  p.int_digits = static_cast<int>(tv[k].size());
  size_t end = ReadGroups(tv, k + 1, &p);
  // Decimal part: a decimal mark glued between two digit runs. A mark that
  // is also a group mark ("," in Arabic) is decimal only when the digits
  // after it are not a group of three.
  if (tv.is(end, TokenType::kPunct) && tv[end].glued && tv.is(end + 1, TokenType::kNumber) &&
      tv[end + 1].glued) {
    auto m = vocab_.number_separators.At(tv, end);
    if (m && m->info->decimal && m->end == end + 1 &&
        !(m->info->group && (tv[end + 1].size() == 3 || p.grouped))) {
      const std::string_view frac = tv.text(end + 1);
      p.value += DigitValue(frac) / std::pow(10.0, static_cast<double>(frac.size()));
      p.decimals = static_cast<int>(frac.size());
      end += 2;
    }
  }
  // "15th" is an ordinal, never a count.
  if (tv.is(end, TokenType::kWord) && tv[end].glued &&
      vocab_.ordinal_suffixes.Contains(tv.text(end))) {
    return std::nullopt;
  }
  p.value *= sign;
  p.end = end;
  return p;
}

// The place slots of the group being read (see the file comment).
struct NumberReader::Group {
  double value = 0;
  bool h = false, t = false, u = false;
  bool digits = false;
  bool empty() const { return !h && !t && !u; }
};

struct NumberReader::State {
  Group g;
  double total = 0;  // groups already multiplied out
  double last_scale = std::numeric_limits<double>::infinity();
  double tail_scale = 0, tail_mult = 0;
  double checkpoint_total = 0;  // total and end after the last magnitude
  size_t checkpoint_end = 0;
  size_t end = 0;
  int count = 0;  // components read
  // Nothing may follow: "1.2 million and forty thousand", "5bn and 40" are
  // two numbers.
  bool closed = false;
  bool fraction = false;  // "ونصف", "and a half" was added
  bool words = false;
  size_t last_join = 0;
  // The last joiner that only follows a magnitude (", "), and the total
  // before it: what the number is if the part after it is no continuation.
  size_t scale_join_at = 0;
  double total_at_scale_join = 0;
};

// One component: a number word or a digit run, maybe after a joiner.
struct NumberReader::Step {
  const WordInfo* word = nullptr;  // null for digits
  CardinalParse digits;
  size_t begin = 0;
  size_t end = 0;
  uint32_t clitic_len = 0;
  bool joined = false;  // a joiner came before it ("و", "and", "-")
  bool scale_join = false;  // that joiner only follows a magnitude ("," in English)
  size_t join_at = 0;
};

bool NumberReader::NextStep(const TokenView& tv, size_t k, const State& s, const Options& o,
                            Step* step) const {
  *step = Step();
  if (s.closed) return false;
  // «34» مليون, (13) ألف: digits set off by quotes or parentheses still take
  // the magnitude after them.
  if (s.count == 1 && s.g.digits && tv.is(k, TokenType::kPunct) && tv[k].glued) {
    size_t n = k;
    while (n < k + 2 && (tv.is_text(n, "\"") || tv.is_text(n, "'") || tv.is_text(n, ")"))) ++n;
    auto scale = vocab_.number_words.At(tv, n);
    if (n > k && scale && scale->info->role == WordRole::kScale && !scale->info->abbrev) k = n;
  }
  bool glued_joiner = false;  // "و500": a joiner written onto the digits
  if (s.count > 0) {
    auto j = vocab_.number_joiners.At(tv, k);
    const bool after_scale = s.g.empty() && s.total > 0;
    if (j && j->clitic_len == 0 && j->end < o.limit && (after_scale || !j->info->after_scale)) {
      step->joined = true;
      step->scale_join = j->info->after_scale;
      step->join_at = k;
      glued_joiner = j->info->attached && tv[j->end].glued;
      k = j->end;
    }
  }
  if (k >= o.limit || k >= tv.size()) return false;
  step->begin = k;
  if (tv.is(k, TokenType::kNumber) || (s.count == 0 && tv.is(k, TokenType::kPunct))) {
    auto d = ReadDigits(tv, k);
    if (!d || d->end > o.limit || (s.count > 0 && d->sign)) return false;
    if (s.count > 0 && !glued_joiner) {
      // Digits after a magnitude belong to the number when they carry their
      // own ("مليار و500 مليون") or are written onto an attached joiner
      // ("ألف و500"); "5bn and 40" is two numbers.
      auto scale = vocab_.number_words.At(tv, d->end);
      if (!scale || scale->info->role != WordRole::kScale || scale->clitic_len > 0) return false;
    }
    step->digits = *d;
    step->end = d->end;
    return true;
  }
  auto m = vocab_.number_words.At(tv, k);
  if (!m || m->end > o.limit) return false;
  if (m->clitic_len > 0 && s.count > 0) {
    // Inside a compound only a joiner may be attached: "وعشرون", not "بعشرين".
    if (step->joined) return false;
    if (!vocab_.IsJoinerClitic(tv.text(k).substr(0, m->clitic_len))) return false;
    step->joined = true;
    step->join_at = k;
  }
  step->word = m->info;
  step->end = m->end;
  step->clitic_len = m->clitic_len;
  return true;
}

bool NumberReader::Apply(const Step& step, const Options& o, State* s) const {
  Group& g = s->g;
  if (step.word == nullptr) {
    const double v = step.digits.value;
    // Digits open a number, or fill the group after a magnitude
    // ("مليار و500 مليون").
    if (s->count > 0 && !(step.joined && g.empty() && s->total > 0 && v < s->last_scale))
      return false;
    g = Group{v, v >= 100, true, true, true};
    return true;
  }
  const WordInfo& w = *step.word;
  const double v = w.value;
  switch (w.role) {
    case WordRole::kUnit: {
      const bool teen = v >= 10;
      if (g.digits || g.u || (teen && g.t) || (v == 0 && s->count > 0)) return false;
      g.value += v;
      g.u = true;
      g.t = g.t || teen;
      return true;
    }
    case WordRole::kTeen:
      if (g.digits) return false;
      if (g.u && !g.t && !step.joined) {  // "ثلاثة عشر"
        g.value += v;
        g.t = true;
        return true;
      }
      if (g.t || g.u) return false;
      g.value += v;
      g.t = g.u = true;
      return true;
    case WordRole::kTen:
      if (g.digits || g.t || (g.u && !step.joined)) return false;
      g.value += v;
      g.t = true;
      return true;
    case WordRole::kHundred:
      if (v == 100 && !step.joined && !g.h && !g.empty() && g.value < 100) {
        g = Group{g.value * 100, true, false, false, false};  // "ثلاثة مائة"
        return true;
      }
      if (!g.empty()) return false;
      g = Group{v, true, false, false, false};
      return true;
    case WordRole::kScale: {
      // After a joiner only a bare magnitude may follow another: "مليون وألف".
      if ((step.joined && !(g.empty() && s->total > 0)) || v >= s->last_scale) return false;
      if (w.abbrev && !g.digits) return false;
      if (w.money_only && !o.money) return false;
      double mult = g.empty() ? 1 : g.value;
      if (w.dual) {
        if (!g.empty()) return false;
        mult = 2;
      } else if (w.plural && g.empty()) {
        return false;
      }
      if (mult * v >= s->last_scale) return false;
      s->total += mult * v;
      s->last_scale = v;
      s->tail_scale = v;
      s->tail_mult = mult;
      s->checkpoint_total = s->total;
      s->checkpoint_end = step.end;
      s->closed = w.abbrev || (g.digits && std::floor(g.value) != g.value);
      g = Group();
      return true;
    }
    default: return false;
  }
}

// "مليون ونصف", "two and a half (million)": a fraction after a magnitude
// adds that share of it and ends the number; after a group it joins the
// group. In "مليون وربع مليار" the fraction opens the next figure instead.
// Returns false when the number ends here.
bool NumberReader::TakeFraction(const TokenView& tv, const Options& o, State* s) const {
  auto f = vocab_.fraction_suffixes.At(tv, s->end);
  if (!f || f->end > o.limit) return true;
  if (s->g.empty()) {
    auto after = vocab_.number_words.At(tv, f->end);
    if ((after && after->info->role == WordRole::kScale) || s->total == 0) return true;
    s->total += f->info->value * s->last_scale;
    s->end = f->end;
    s->fraction = true;
    return false;
  }
  s->g.value += f->info->value;
  s->g.h = s->g.t = s->g.u = true;  // nothing more joins this group
  s->end = f->end;
  s->fraction = true;
  return true;
}

std::optional<CardinalParse> NumberReader::Read(const TokenView& tv, size_t i,
                                                const Options& o) const {
  State s;
  CardinalParse p;
  const WordInfo* first_word = nullptr;
  Step step;
  while (NextStep(tv, s.count == 0 ? i : s.end, s, o, &step) && Apply(step, o, &s)) {
    if (s.count == 0) {
      p = step.word ? CardinalParse() : step.digits;
      p.clitic_len = step.clitic_len;
      first_word = step.word;
    }
    if (step.joined) s.last_join = step.join_at;
    if (step.scale_join) {
      s.scale_join_at = step.join_at;
      s.total_at_scale_join = s.total;
    }
    s.words = s.words || step.word != nullptr;
    ++s.count;
    s.end = step.end;
    if (!TakeFraction(tv, o, &s)) break;
  }
  if (s.count == 0) return std::nullopt;
  if (s.count == 1 && first_word != nullptr && !first_word->standalone) return std::nullopt;
  p.begin = i;
  p.end = s.end;
  p.value = s.total + s.g.value;
  if (!s.g.empty() && s.total > 0) {
    // A group that runs into a magnitude it cannot take is the next number's.
    auto next = vocab_.number_words.At(tv, s.end);
    if (next && next->info->role == WordRole::kScale && next->clitic_len == 0) {
      p.value = s.checkpoint_total;
      p.end = s.checkpoint_end;
      s.g = Group();
    }
  }
  // After a comma only a part with its own hundreds or magnitude goes on
  // with the number ("one million, two hundred thousand"); "forty thousand,
  // twenty-one" is a list of two numbers.
  // (A fraction sets the hundreds slot too: "twenty and a half" has none.)
  if (s.scale_join_at > 0 && s.scale_join_at < p.end && s.total == s.total_at_scale_join &&
      !s.g.empty() && (!s.g.h || s.fraction)) {
    p.value = s.total_at_scale_join;
    p.end = s.scale_join_at;
    s.g = Group();
  }
  p.words = s.words;
  p.has_scale = s.last_scale < std::numeric_limits<double>::infinity();
  p.last_join = s.last_join < p.end ? s.last_join : 0;
  p.tail_group = s.g.value;
  if (s.g.empty() && s.tail_scale > 0) {
    p.tail_scale = s.tail_scale;
    p.tail_mult = s.tail_mult;
  }
  p.open_units = p.words && !s.g.u;
  p.weak = s.count == 1 && !s.fraction && first_word != nullptr && first_word->weak;
  return p;
}

}  // namespace figcheck::extract
