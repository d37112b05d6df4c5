#include "extract/number_ordinals.h"

#include <cmath>

namespace figcheck::extract {

using text::TokenType;
using text::TokenView;

namespace {

Candidate Ordinal(const TokenView& tv, size_t begin, size_t end, uint32_t clitic_len,
                  double value) {
  Candidate c;
  c.begin = begin;
  c.end = end;
  c.priority = 10;
  c.mention.kind = MentionKind::kOrdinal;
  c.mention.value = value;
  c.mention.interval = Interval::Point(value);
  if (clitic_len > 0) c.mention.norm_span = Span{tv[begin].begin + clitic_len, tv[end - 1].end};
  return c;
}

}  // namespace

std::optional<Candidate> OrdinalReader::Read(const TokenView& tv, size_t i) const {
  if (auto c = Digits(tv, i)) return c;
  if (!tv.is(i, TokenType::kWord)) return std::nullopt;
  if (auto c = Word(tv, i)) return c;
  return Compound(tv, i);
}

std::optional<Candidate> OrdinalReader::Digits(const TokenView& tv, size_t i) const {
  if (tv.is(i, TokenType::kNumber)) {
    if (tv.is(i + 1, TokenType::kWord) && tv[i + 1].glued &&
        vocab_.ordinal_suffixes.Contains(tv.text(i + 1))) {
      return Ordinal(tv, i, i + 2, 0, DigitValue(tv.text(i)));
    }
    // "الدقيقة 29", "Round 3": a noun naming a series before plain digits.
    const auto any = [](const WordInfo&) { return true; };
    if (!tv[i].glued && vocab_.ordinal_cues.EndingAt(tv, i, any)) {
      auto d = numbers_.ReadDigits(tv, i);
      if (d && !d->grouped && d->decimals == 0 && !d->sign && !vocab_.number_words.At(tv, d->end)) {
        return Ordinal(tv, i, d->end, 0, d->value);
      }
    }
    return std::nullopt;
  }
  if (!tv.is(i, TokenType::kWord) || !vocab_.ordinal_prefixes.Contains(tv.text(i)) ||
      !tv.is(i + 1, TokenType::kNumber) || tv[i + 1].begin > tv[i].end + 1) {
    return std::nullopt;
  }
  auto d = numbers_.ReadDigits(tv, i + 1);
  if (!d || d->grouped || d->decimals > 0) return std::nullopt;
  const size_t after = d->end;
  auto scale = vocab_.number_words.At(tv, after);
  if ((scale && scale->info->role == WordRole::kScale) || vocab_.percent_units.At(tv, after) ||
      vocab_.currencies.At(tv, after) || vocab_.definite_count_nouns.At(tv, after)) {
    return std::nullopt;
  }
  return Ordinal(tv, i, after, 0, d->value);
}

std::optional<Candidate> OrdinalReader::Word(const TokenView& tv, size_t i) const {
  auto m = vocab_.ordinals.At(tv, i);
  if (!m) return std::nullopt;
  double value = m->info->value;
  size_t end = m->end;
  bool compound = false;
  if (m->info->role == WordRole::kUnit && value < 10) {
    auto teen = vocab_.number_words.At(tv, end);
    if (teen && teen->info->role == WordRole::kTeen && teen->clitic_len == 0) {
      value += teen->info->value;  // "الخامس عشر"
      end = teen->end;
      compound = true;
    } else {
      // "الحادي والعشرين", "الخامس و العشرون".
      size_t k = end;
      auto joiner = vocab_.number_joiners.At(tv, k);
      if (joiner && joiner->clitic_len == 0) k = joiner->end;
      auto ten = vocab_.ordinals.At(tv, k);
      const bool attached = ten && ten->clitic_len > 0 &&
                            vocab_.IsJoinerClitic(tv.text(k).substr(0, ten->clitic_len));
      if (ten && ten->info->role == WordRole::kTen && ten->info->value < 100 &&
          (attached || (joiner && ten->clitic_len == 0))) {
        value += ten->info->value;
        end = ten->end;
        compound = true;
      }
    }
  }
  if (!compound && !m->info->standalone) return std::nullopt;
  return Ordinal(tv, i, end, m->clitic_len, value);
}

std::optional<Candidate> OrdinalReader::Compound(const TokenView& tv, size_t i) const {
  auto card = numbers_.Read(tv, i, NumberReader::Options());
  if (!card || !card->words || card->value < 1) return std::nullopt;
  size_t k = card->end;
  if (auto j = vocab_.number_joiners.At(tv, k); j && j->clitic_len == 0) k = j->end;
  auto ord = vocab_.ordinals.At(tv, k);
  if (!ord || ord->clitic_len > 0) return std::nullopt;
  const double v = ord->info->value;
  const bool round = std::fmod(card->value, 100) == 0;  // tens and units free
  double value;
  const double group = card->tail_group;
  if (v >= 100 && group > 0 && group < v) {
    // "two hundredth", "twelve thousandth", "one thousand two hundredth".
    value = card->value - group + group * v;
  } else if (card->open_units && ((v < 10 && card->value >= 20) || (v < 100 && round))) {
    value = card->value + v;  // "twenty-first", "one hundred twentieth"
  } else {
    return std::nullopt;
  }
  return Ordinal(tv, i, ord->end, card->clitic_len, value);
}

}  // namespace figcheck::extract
