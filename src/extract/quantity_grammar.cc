#include "extract/quantity_grammar.h"

#include <algorithm>

namespace figcheck::extract {

using text::TokenType;
using text::TokenView;

QuantityGrammar::QuantityGrammar(const rulebook::RuleBook& book, const std::string& lang)
    : lang_(lang),
      book_(book),
      vocab_(NumberVocabulary::Load(book, lang)),
      numbers_(vocab_),
      figures_(vocab_, numbers_),
      shapes_(vocab_),
      ordinals_(vocab_, numbers_) {}

std::optional<CardinalParse> QuantityGrammar::ParseCardinal(const TokenView& tv, size_t i) const {
  return numbers_.Read(tv, i, NumberReader::Options());
}

size_t QuantityGrammar::ApplyHedge(const SentenceContext& ctx, size_t begin, size_t* end,
                                   Mention* m) const {
  const auto before = [](const WordInfo& w) {
    return w.hedge != Hedge::kNone && w.position != HedgePosition::kAfter;
  };
  if (auto h = vocab_.hedges.EndingAt(ctx.tokens, begin, before)) {
    if (ApplyHedgeTo(h->info->hedge, ctx.policy, m)) return h->begin;
  }
  if (auto h = TrailingHedge(ctx.tokens, *end)) {
    if (ApplyHedgeTo(h->info->hedge, ctx.policy, m)) *end = h->end;
  }
  return begin;
}

std::optional<VocabLexicon::Match> QuantityGrammar::TrailingHedge(const TokenView& tv,
                                                                  size_t end) const {
  const auto after = [](const VocabLexicon::Match& h) {
    return h.info->hedge != Hedge::kNone && h.info->position != HedgePosition::kBefore;
  };
  if (auto h = vocab_.hedges.At(tv, end); h && after(*h)) return h;
  // One counted noun may stand between: "50 دولة تقريبا", "50 people or more".
  if (tv.is(end, TokenType::kWord) && !vocab_.IsTrigger(tv.text(end), tv.hash(end))) {
    if (auto h = vocab_.hedges.At(tv, end + 1); h && after(*h)) return h;
  }
  return std::nullopt;
}

void QuantityGrammar::Find(const SentenceContext& ctx, std::vector<Candidate>* out) const {
  const TokenView& tv = ctx.tokens;
  size_t i = 0;
  while (i < tv.size()) {
    if (!tv.is(i, TokenType::kNumber) && !vocab_.IsTrigger(tv.text(i), tv.hash(i))) {
      ++i;
      continue;
    }
    i = std::max(i + 1, ReadAt(ctx, i, out));
  }
}

size_t QuantityGrammar::ReadAt(const SentenceContext& ctx, size_t i,
                               std::vector<Candidate>* out) const {
  const TokenView& tv = ctx.tokens;
  if (auto n = vocab_.non_numbers.At(tv, i)) return n->end;  // "الاثنين" is Monday
  if (!tv.is(i, TokenType::kWord)) {
    if (auto s = shapes_.Read(tv, i)) {
      if (s->cand) out->push_back(std::move(*s->cand));
      return s->end;
    }
  }
  if (auto o = ordinals_.Read(tv, i)) {
    const size_t end = o->end;
    out->push_back(std::move(*o));
    return end;
  }
  return ReadQuantity(ctx, i, out);
}

}  // namespace figcheck::extract
