#include "extract/extractor.h"

#include <unicode/uchar.h>

#include <algorithm>

#include "base/utf8.h"

namespace figcheck::extract {

Extractor::Extractor(std::shared_ptr<const rulebook::RuleBook> book) : book_(std::move(book)) {
  for (const std::string lang : {"ar", "en"}) {
    Grammars g;
    g.quantities = std::make_unique<QuantityGrammar>(*book_, lang);
    g.dates = std::make_unique<DateGrammar>(*book_, lang, *g.quantities);
    grammars_.emplace(lang, std::move(g));
  }
}

const Extractor::Grammars& Extractor::For(const std::string& lang) const {
  auto it = grammars_.find(lang);
  return it != grammars_.end() ? it->second : grammars_.at("en");
}

// One ICU call per mark, per mention: not a hot loop.
uint32_t PastDroppedMarks(std::string_view source, uint32_t end) {
  while (end < source.size()) {
    char32_t cp = 0;
    const int len = base::DecodeUtf8(source, end, &cp);
    if (len == 0) break;
    if (cp != 0x0640 && u_charType(static_cast<UChar32>(cp)) != U_NON_SPACING_MARK) break;
    end += static_cast<uint32_t>(len);
  }
  return end;
}

std::vector<Candidate> ResolveOverlaps(std::vector<Candidate> cands) {
  std::vector<size_t> order(cands.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    const size_t la = cands[a].end - cands[a].begin, lb = cands[b].end - cands[b].begin;
    if (la != lb) return la > lb;
    if (cands[a].priority != cands[b].priority) return cands[a].priority > cands[b].priority;
    return cands[a].begin < cands[b].begin;
  });
  std::vector<Candidate> kept;
  for (size_t i : order) {
    const Candidate& c = cands[i];
    const bool overlaps = std::any_of(kept.begin(), kept.end(), [&](const Candidate& k) {
      if (!c.norm.empty() && !k.norm.empty()) {
        return c.norm.begin < k.norm.end && k.norm.begin < c.norm.end;
      }
      return c.begin < k.end && k.begin < c.end;
    });
    if (!overlaps) kept.push_back(std::move(cands[i]));
  }
  std::sort(kept.begin(), kept.end(),
            [](const Candidate& a, const Candidate& b) { return a.begin < b.begin; });
  return kept;
}

void Extractor::ExtractSentence(const text::TextDocument& doc, size_t sentence,
                                std::vector<Mention>* out) const {
  const text::Sentence& s = doc.sentences[sentence];
  thread_local std::vector<text::Token> tokens;
  text::Tokenize(doc.norm.text, s.norm, &tokens);
  if (tokens.empty()) return;
  // Sentences with no digit and no letter-run that a grammar knows are the
  // common case; the grammars themselves return quickly on them.
  const text::TokenView tv(doc.norm.text, tokens);
  const std::string& lang = doc.paragraphs[s.paragraph].lang;
  const Grammars& g = For(lang);
  SentenceContext ctx{tv, lang == "ar" ? "ar" : "en", doc.info.date, book_->policy()};
  std::vector<Candidate> cands;
  g.quantities->Find(ctx, &cands);
  g.dates->Find(ctx, &cands);
  for (Candidate& c : ResolveOverlaps(std::move(cands))) {
    Mention& m = c.mention;
    // A grammar sets the byte span itself when the mention starts or ends
    // inside a token: a clitic before it ("وخمسون"), a time run into a date
    // ("13:2217/09/2024"). Candidate::norm also decides overlaps.
    if (!c.norm.empty()) {
      m.norm_span = c.norm;
    } else if (m.norm_span.empty()) {
      m.norm_span = tv.span(c.begin, c.end);
    }
    m.span = doc.NormToSource(m.norm_span);
    m.span.end = PastDroppedMarks(doc.source, m.span.end);
    m.sentence = static_cast<uint32_t>(sentence);
    m.lang = ctx.lang;
    out->push_back(std::move(m));
  }
}

std::vector<Mention> Extractor::Extract(const text::TextDocument& doc) const {
  std::vector<Mention> out;
  for (size_t i = 0; i < doc.sentences.size(); ++i) ExtractSentence(doc, i, &out);
  return out;
}

}  // namespace figcheck::extract
