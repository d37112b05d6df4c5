// Turning figures into candidates: hedges, ranges and years.
#include <algorithm>
#include <cmath>

#include "extract/hedge.h"
#include "extract/quantity_grammar.h"

namespace figcheck::extract {

using text::TokenType;
using text::TokenView;

namespace {

// Four-digit integers in these bounds are years: after a year cue
// ("عام", "in") the wider one, alone the narrower one, where counts of that
// size are rarer than years in news text.
constexpr double kCuedYearMin = 1800, kCuedYearMax = 2100;
constexpr double kBareYearMin = 1900, kBareYearMax = 2100;

// A candidate over tokens [begin, end) whose first `clitic` bytes ("و",
// "ب") are not part of the mention.
Candidate Make(const TokenView& tv, size_t begin, size_t end, uint32_t clitic, Mention m,
               int priority) {
  if (clitic > 0) m.norm_span = Span{tv[begin].begin + clitic, tv[end - 1].end};
  Candidate c;
  c.begin = begin;
  c.end = end;
  c.priority = priority;
  c.mention = std::move(m);
  return c;
}

// Digits alone, as a year would be written: no sign, grouping, decimals or
// magnitude.
bool PlainDigits(const Figure& f) {
  return f.kind == MentionKind::kNumber && !f.vague && f.card && !f.card->words &&
         !f.card->grouped && !f.card->sign && f.card->decimals == 0 && !f.card->has_scale;
}

bool CuedYearLike(const Figure& f) {
  return PlainDigits(f) && f.card->int_digits == 4 && f.value >= kCuedYearMin &&
         f.value <= kCuedYearMax;
}

Mention FigureMention(const Figure& f) {
  Mention m;
  m.kind = f.kind;
  m.unit = f.unit;
  if (f.vague) {
    m.qualifier = Qualifier::kVague;
    m.interval = Interval{f.low, f.high, false, false};
  } else {
    m.value = f.value;
    m.interval = Interval::Point(f.value);
  }
  return m;
}

// Whether a join word closes the range its opener (`pair`, or none) began:
// its `pair` attribute lists the openers it closes, or says "any".
bool JoinFits(const WordInfo& w, std::string_view pair) {
  if (w.role != WordRole::kJoin) return false;
  if (pair.empty()) return w.bare;
  std::string_view pairs = w.pair;
  while (!pairs.empty()) {
    const size_t space = pairs.find(' ');
    const std::string_view p = pairs.substr(0, space);
    if (p == pair || p == "any") return true;
    pairs = space == std::string_view::npos ? std::string_view() : pairs.substr(space + 1);
  }
  return false;
}

}  // namespace

size_t QuantityGrammar::ReadQuantity(const SentenceContext& ctx, size_t i,
                                     std::vector<Candidate>* out) const {
  const TokenView& tv = ctx.tokens;
  Lead lead;
  size_t k = i;
  if (auto h = vocab_.hedges.At(tv, i);
      h && h->info->hedge != Hedge::kNone && h->info->position != HedgePosition::kAfter) {
    lead.hedge = h->info->hedge;
    lead.hedge_clitic = h->clitic_len;
    k = h->end;
  }
  std::string_view pair;
  if (auto r = vocab_.range_markers.At(tv, k); r && r->info->role == WordRole::kOpen) {
    pair = r->info->pair;
    lead.open = true;
    lead.open_at = k;
    lead.open_clitic = r->clitic_len;
    k = r->end;
  }
  auto f1 = figures_.Read(tv, k);
  if (!f1) return i;
  Figure a, b;
  bool range = ReadRange(tv, *f1, pair, &a, &b);
  if (!range && lead.open && f1->card && f1->card->last_join > k) {
    // "بين خمسة وعشرين" is "between 5 and 20" when nothing else closes it.
    if (auto cut = figures_.Read(tv, k, f1->card->last_join)) {
      range = ReadRange(tv, *cut, pair, &a, &b);
    }
  }
  if (range) return EmitRange(ctx, i, lead, a, b, out);
  if (lead.open) lead = Lead();  // the opener was an ordinary word: "من 50 دولة"
  return EmitFigure(ctx, i, lead, *f1, out);
}

size_t QuantityGrammar::EmitFigure(const SentenceContext& ctx, size_t i, const Lead& lead,
                                   const Figure& f, std::vector<Candidate>* out) const {
  const TokenView& tv = ctx.tokens;
  Mention m = FigureMention(f);
  size_t begin = f.begin, end = f.end;
  uint32_t clitic = f.clitic_len;
  if (ApplyHedgeTo(lead.hedge, ctx.policy, &m)) {
    begin = i;
    clitic = lead.hedge_clitic;
  } else if (lead.hedge == Hedge::kNone) {
    bool hijri = false;
    if (auto y = YearEnd(tv, f, &hijri)) {
      m.kind = MentionKind::kYear;
      if (hijri) m.unit = "hijri";
      out->push_back(Make(tv, begin, *y, clitic, std::move(m), 10));
      return YearSpanEnd(tv, f, *y, out);
    }
    if (auto h = TrailingHedge(tv, end); h && ApplyHedgeTo(h->info->hedge, ctx.policy, &m)) {
      end = h->end;
    } else if (f.card && f.card->weak && f.kind == MentionKind::kNumber) {
      return f.end;  // "one of them", "واحد من": not a figure
    }
  }
  const bool bare = m.kind == MentionKind::kNumber && m.qualifier == Qualifier::kExact && f.card &&
                    !f.card->words && !f.card->has_scale;
  out->push_back(Make(tv, begin, end, clitic, std::move(m), bare ? 0 : 10));
  return end;
}

size_t QuantityGrammar::EmitRange(const SentenceContext& ctx, size_t i, const Lead& lead,
                                  const Figure& a, const Figure& b,
                                  std::vector<Candidate>* out) const {
  const TokenView& tv = ctx.tokens;
  // "2010-2015", "بين عامي 2010 و2015": two years, not a count range.
  if (lead.hedge == Hedge::kNone && CuedYearLike(a) && CuedYearLike(b)) {
    for (const Figure* f : {&a, &b}) {
      Mention m = FigureMention(*f);
      m.kind = MentionKind::kYear;
      out->push_back(Make(tv, f->begin, f->end, f->clitic_len, std::move(m), 10));
    }
    return b.end;
  }
  Mention m;
  m.kind = MentionKind::kRange;
  m.unit = a.unit;
  m.qualifier = Qualifier::kRange;
  m.interval = Interval{a.value, b.value, false, false};
  size_t begin = lead.open ? lead.open_at : a.begin, end = b.end;
  uint32_t clitic = lead.open ? lead.open_clitic : a.clitic_len;
  if (ApplyHedgeTo(lead.hedge, ctx.policy, &m)) {
    begin = i;
    clitic = lead.hedge_clitic;
  } else if (auto h = TrailingHedge(tv, end); h && ApplyHedgeTo(h->info->hedge, ctx.policy, &m)) {
    end = h->end;
  }
  out->push_back(Make(tv, begin, end, clitic, std::move(m), 10));
  return end;
}

std::optional<size_t> QuantityGrammar::YearEnd(const TokenView& tv, const Figure& f,
                                               bool* hijri) const {
  *hijri = false;
  if (!PlainDigits(f)) return std::nullopt;
  // Four digits only: "100م" is a hundred metres.
  if (auto s = vocab_.year_suffixes.At(tv, f.end);
      s && s->clitic_len == 0 && f.card->int_digits == 4 && f.value <= kCuedYearMax) {
    // A one-letter Latin mark must be glued: "1990s", not "1990 s".
    const std::string_view mark = tv.text(f.end);
    const bool latin_letter = mark.size() == 1 && static_cast<unsigned char>(mark[0]) < 0x80;
    if (tv[f.end].glued || !latin_letter) {
      *hijri = s->info->hijri;
      return s->end;
    }
  }
  if (!CuedYearLike(f)) return std::nullopt;
  const auto any = [](const WordInfo&) { return true; };
  if (vocab_.year_cues.EndingAt(tv, f.begin, any)) return f.end;
  // "2000 people" counts; "2000" alone in that range is taken as a year.
  if (vocab_.year_counted_nouns.At(tv, f.end)) return std::nullopt;
  if (f.value >= kBareYearMin && f.value <= kBareYearMax) return f.end;
  return std::nullopt;
}

bool QuantityGrammar::ReadRange(const TokenView& tv, const Figure& f1, std::string_view pair,
                                Figure* a, Figure* b) const {
  if (f1.vague || f1.kind == MentionKind::kFraction) return false;
  std::optional<Figure> f2;
  if (auto j = vocab_.range_markers.At(tv, f1.end);
      j && j->clitic_len == 0 && JoinFits(*j->info, pair)) {
    f2 = figures_.Read(tv, j->end);
  } else if (auto g = figures_.Read(tv, f1.end); g && g->clitic_len > 0) {
    // An attached join: "بين خمسة وعشرة".
    const WordInfo* w = vocab_.range_markers.Info(tv.text(f1.end).substr(0, g->clitic_len));
    if (w && JoinFits(*w, pair)) f2 = g;
  }
  if (!f2 || f2->vague || f2->kind == MentionKind::kFraction) return false;
  *a = f1;
  *b = *f2;
  if (a->has_unit() && b->has_unit()) {
    if (a->kind != b->kind || a->unit != b->unit) return false;
  } else if (b->has_unit()) {
    a->kind = b->kind;
    a->unit = b->unit;
  } else if (a->has_unit()) {
    b->kind = a->kind;
    b->unit = a->unit;
  }
  // "بين 40 و50 ألف": the first end shares the second's magnitude when it
  // is smaller than what that magnitude multiplies.
  if (a->card && b->card && !a->card->has_scale && b->card->tail_scale > 0 &&
      a->card->value < b->card->tail_mult) {
    a->value *= b->card->tail_scale;
  }
  return a->value < b->value;
}

// "1961-62", "2011/12": a year and the last two digits of the next one.
// Emits the second year; returns the token after it (or `end`).
size_t QuantityGrammar::YearSpanEnd(const TokenView& tv, const Figure& first, size_t end,
                                    std::vector<Candidate>* out) const {
  if (end != first.end || !(tv.is_text(end, "-") || tv.is_text(end, "/")) || !tv[end].glued ||
      !tv.is(end + 1, TokenType::kNumber) || !tv[end + 1].glued || tv[end + 1].size() != 2) {
    return end;
  }
  const double century = first.value - std::fmod(first.value, 100);
  const double last = DigitValue(tv.text(end + 1));
  double year = century + last;
  if (year <= first.value) year += 100;
  Mention m;
  m.kind = MentionKind::kYear;
  m.value = year;
  m.interval = Interval::Point(year);
  out->push_back(Make(tv, end + 1, end + 2, 0, std::move(m), 10));
  return end + 2;
}

}  // namespace figcheck::extract
