// Minimal quantity grammar: ASCII digit runs as exact numbers. The full
// grammar replaces this file.
#include "extract/quantity_grammar.h"

#include <cstdlib>
#include <string>

namespace figcheck::extract {

QuantityGrammar::QuantityGrammar(const rulebook::RuleBook& book, const std::string& lang)
    : lang_(lang), book_(book) {}

std::optional<CardinalParse> QuantityGrammar::ParseCardinal(const text::TokenView& tv,
                                                            size_t i) const {
  if (!tv.is(i, text::TokenType::kNumber)) return std::nullopt;
  CardinalParse p;
  p.value = std::strtod(std::string(tv.text(i)).c_str(), nullptr);
  p.begin = i;
  p.end = i + 1;
  return p;
}

size_t QuantityGrammar::ApplyHedge(const SentenceContext&, size_t begin, size_t*, Mention*) const {
  return begin;
}

void QuantityGrammar::Find(const SentenceContext& ctx, std::vector<Candidate>* out) const {
  for (size_t i = 0; i < ctx.tokens.size(); ++i) {
    auto p = ParseCardinal(ctx.tokens, i);
    if (!p) continue;
    Candidate c;
    c.begin = p->begin;
    c.end = p->end;
    c.mention.kind = MentionKind::kNumber;
    c.mention.value = p->value;
    c.mention.interval = Interval::Point(p->value);
    out->push_back(std::move(c));
    i = p->end - 1;
  }
}

}  // namespace figcheck::extract
