#include "extract/quantity_figure.h"

namespace figcheck::extract {

using text::TokenType;
using text::TokenView;

std::optional<Figure> FigureReader::Read(const TokenView& tv, size_t i, size_t limit) const {
  Figure f;
  f.begin = i;
  size_t k = i;
  double factor = 1;
  // A currency before the amount: "$3bn", "US$ 5", "€20".
  if (auto c = vocab_.currencies.At(tv, i);
      c && c->clitic_len == 0 && c->end < limit && tv.is(c->end, TokenType::kNumber)) {
    f.kind = MentionKind::kMoney;
    f.unit = c->info->unit;
    f.unit_before = true;
    factor = c->info->factor;
    k = c->end;
  }
  NumberReader::Options options;
  options.money = f.unit_before;
  options.limit = limit;
  if (auto p = numbers_.Read(tv, k, options)) {
    f.card = p;
    f.value = p->value * factor;
    f.end = p->end;
    f.clitic_len = f.unit_before ? 0 : p->clitic_len;
    if (!f.unit_before) {
      if (!FractionAfter(tv, &f)) UnitAfter(tv, &f);
    }
    if (f.kind == MentionKind::kNumber) HalfAfterNoun(tv, &f);
    return f;
  }
  if (f.unit_before) return std::nullopt;
  if (Fraction(tv, i, &f) || Vague(tv, i, &f)) {
    if (f.end > limit) return std::nullopt;
    UnitAfter(tv, &f);
    return f;
  }
  return std::nullopt;
}

bool FigureReader::FractionAfter(const TokenView& tv, Figure* f) const {
  size_t k = f->end;
  if (tv.is_text(k, "-") && tv[k].glued) ++k;  // "two-thirds"
  auto fr = vocab_.fractions.At(tv, k);
  if (!fr || fr->clitic_len > 0 || f->card->has_scale) return false;
  if (!fr->info->plural && f->card->value != 1) return false;
  f->kind = MentionKind::kFraction;
  f->value = f->card->value * fr->info->value;
  f->end = fr->end;
  return true;
}

bool FigureReader::Fraction(const TokenView& tv, size_t i, Figure* f) const {
  auto fr = vocab_.fractions.At(tv, i);
  if (!fr || fr->info->plural) return false;
  const auto any = [](const WordInfo&) { return true; };
  // "the first half", "الربع الأول", "الربع السابق", "last quarter": a
  // period, not a share.
  if (vocab_.ordinals.At(tv, fr->end) || vocab_.ordinals.EndingAt(tv, i, any) ||
      vocab_.period_words.At(tv, fr->end) || vocab_.period_words.EndingAt(tv, i, any)) {
    return false;
  }
  size_t end = fr->end;
  double value = fr->info->value;
  const bool linked = end < tv.size() && vocab_.fraction_links.Contains(tv.text(end));
  if (!fr->info->bare && !linked) return false;
  f->kind = MentionKind::kFraction;
  // A share of a bare magnitude is a number: "نصف مليون", "half a million".
  if (auto p = numbers_.Read(tv, end, NumberReader::Options());
      p && p->words && p->has_scale && p->tail_mult == 1 && p->value == p->tail_scale) {
    value *= p->value;
    end = p->end;
    f->kind = MentionKind::kNumber;
  }
  f->value = value;
  f->end = end;
  f->clitic_len = fr->clitic_len;
  return true;
}

bool FigureReader::Vague(const TokenView& tv, size_t i, Figure* f) const {
  auto v = vocab_.vague.At(tv, i);
  if (!v) return false;
  f->low = v->info->value;
  f->high = v->info->high;
  f->end = v->end;
  size_t k = v->end;
  bool scaled = false;
  for (int step = 0; step < 2 && !scaled; ++step) {
    auto s = vocab_.number_words.At(tv, k);
    // A magnitude, or "hundred": "several hundred", "بضع مئات".
    const bool mult = s && ((s->info->role == WordRole::kScale && !s->info->abbrev) ||
                            (s->info->role == WordRole::kHundred && s->info->value == 100));
    if (mult) {
      f->low *= s->info->value;
      f->high *= s->info->value;
      f->end = s->end;
      scaled = true;
    } else if (auto link = vocab_.vague_links.At(tv, k); step == 0 && link) {
      k = link->end;
    } else {
      break;
    }
  }
  if (v->info->needs_scale && !scaled) return false;
  f->vague = true;
  f->clitic_len = v->clitic_len;
  return true;
}

// "2 كيلو ونصف", "3 ملايين نسمة ونصف": Arabic puts the fraction after the
// counted noun; it still adds to the number.
void FigureReader::HalfAfterNoun(const TokenView& tv, Figure* f) const {
  if (!tv.is(f->end, TokenType::kWord) || vocab_.IsTrigger(tv.text(f->end), tv.hash(f->end))) return;
  auto half = vocab_.fraction_suffixes.At(tv, f->end + 1);
  if (!half || half->clitic_len > 0) return;
  const double unit = f->card->tail_scale > 0 ? f->card->tail_scale : 1;
  f->value += half->info->value * unit;
  f->end = half->end;
}

void FigureReader::UnitAfter(const TokenView& tv, Figure* f) const {
  if (auto u = vocab_.percent_units.At(tv, f->end); u && u->clitic_len == 0) {
    f->kind = MentionKind::kPercent;
    f->unit = u->info->unit;
    f->end = u->end;
    return;
  }
  if (f->kind == MentionKind::kFraction) return;
  if (auto c = vocab_.currencies.At(tv, f->end); c && c->clitic_len == 0) {
    f->kind = MentionKind::kMoney;
    f->unit = c->info->unit;
    f->value *= c->info->factor;
    f->low *= c->info->factor;
    f->high *= c->info->factor;
    f->end = c->end;
  }
}

}  // namespace figcheck::extract
