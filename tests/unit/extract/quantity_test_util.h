// Shared by the extract tests (header only: the test binary is built from
// *_test.cc files): the built-in rule packs, an extractor over
// them, and the mentions of a short text.
#ifndef FIGCHECK_TESTS_UNIT_EXTRACT_QUANTITY_TEST_UTIL_H_
#define FIGCHECK_TESTS_UNIT_EXTRACT_QUANTITY_TEST_UTIL_H_

#include <cmath>
#include <cstdio>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "builtin_rules.h"
#include "extract/extractor.h"
#include "extract/quantity_grammar.h"
#include "figcheck/mention.h"
#include "rulebook/rule_book.h"
#include "text/text_document.h"
#include "text/token.h"

namespace figcheck::testing {

// A mention with its source text, for readable assertions.
struct Found {
  Mention m;
  std::string text;
  std::string kind() const { return MentionKindName(m.kind); }
  std::string qualifier() const { return QualifierName(m.qualifier); }
  double value() const { return m.value.value_or(-12345); }
};

// The mentions of `text` read as language `lang` ("ar" or "en").
inline std::vector<Found> Extract(const std::string& text, const std::string& lang) {
  DocumentInput input;
  input.info.source_name = "test";
  input.bytes = text;
  input.format = InputFormat::kPlain;
  text::AnalyzeOptions options;
  options.lang = lang;
  auto doc = text::Analyze(std::move(input), options);
  if (!doc.ok()) throw std::runtime_error(doc.status().ToString());
  std::vector<Found> out;
  for (Mention& m : BuiltinExtractor().Extract(**doc)) {
    Found f;
    f.text = std::string((*doc)->SourceText(m.span));
    f.m = std::move(m);
    out.push_back(std::move(f));
  }
  return out;
}

// The quantity grammar alone over each sentence of `text` (no date grammar,
// so these tests do not move when dates land), resolved as the extractor
// resolves candidates.
inline std::vector<Found> Quantities(const std::string& text, const std::string& lang) {
  static const extract::QuantityGrammar ar(*BuiltinRules(), "ar");
  static const extract::QuantityGrammar en(*BuiltinRules(), "en");
  const extract::QuantityGrammar& grammar = lang == "ar" ? ar : en;
  DocumentInput input;
  input.info.source_name = "test";
  input.bytes = text;
  input.format = InputFormat::kPlain;
  text::AnalyzeOptions options;
  options.lang = lang;
  auto doc = text::Analyze(std::move(input), options);
  if (!doc.ok()) throw std::runtime_error(doc.status().ToString());
  const text::TextDocument& d = **doc;
  std::vector<Found> out;
  std::vector<text::Token> tokens;
  for (const text::Sentence& s : d.sentences) {
    text::Tokenize(d.norm.text, s.norm, &tokens);
    const text::TokenView tv(d.norm.text, tokens);
    const extract::SentenceContext ctx{tv, lang, std::nullopt, BuiltinRules()->policy()};
    std::vector<extract::Candidate> cands;
    grammar.Find(ctx, &cands);
    for (extract::Candidate& c : extract::ResolveOverlaps(std::move(cands))) {
      if (c.mention.norm_span.empty()) c.mention.norm_span = tv.span(c.begin, c.end);
      c.mention.span = d.NormToSource(c.mention.norm_span);
      c.mention.span.end = extract::PastDroppedMarks(d.source, c.mention.span.end);
      Found f;
      f.text = std::string(d.SourceText(c.mention.span));
      f.m = std::move(c.mention);
      out.push_back(std::move(f));
    }
  }
  return out;
}

// One line per mention: kind, qualifier, value, interval, unit and text,
// e.g. "number approx 50 [45, 55] «نحو 50»".
inline std::string Summary(const Found& f) {
  auto num = [](double v) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.15g", v);
    return std::string(buf);
  };
  std::string s = f.kind() + " " + f.qualifier() + " " + (f.m.value ? num(*f.m.value) : "-");
  if (std::isfinite(f.m.interval.low) && !f.m.interval.is_point()) {
    s += std::string(" ") + (f.m.interval.low_open ? "(" : "[") + num(f.m.interval.low) + ", " +
         num(f.m.interval.high) + (f.m.interval.high_open ? ")" : "]");
  }
  if (!f.m.unit.empty()) s += " " + f.m.unit;
  return s + " «" + f.text + "»";
}

inline std::vector<std::string> Q(const std::string& text, const std::string& lang) {
  std::vector<std::string> out;
  for (const Found& f : Quantities(text, lang)) out.push_back(Summary(f));
  return out;
}
using L = std::vector<std::string>;

}  // namespace figcheck::testing

#endif  // FIGCHECK_TESTS_UNIT_EXTRACT_QUANTITY_TEST_UTIL_H_
