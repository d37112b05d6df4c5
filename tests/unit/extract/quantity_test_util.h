// Shared by the extract tests (header only: the test binary is built from
// *_test.cc files): the built-in rule packs, an extractor over
// them, and the mentions of a short text.
#ifndef FIGCHECK_TESTS_UNIT_EXTRACT_QUANTITY_TEST_UTIL_H_
#define FIGCHECK_TESTS_UNIT_EXTRACT_QUANTITY_TEST_UTIL_H_

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "figcheck/mention.h"
#include "rulebook/rule_book.h"
#include "text/text_document.h"

namespace figcheck::testing {


// A mention with its source text, for readable assertions.
struct Found {
  Mention m;
  std::string text;
  std::string kind() const { return MentionKindName(m.kind); }
  std::string qualifier() const { return QualifierName(m.qualifier); }
  double value() const { return m.value.value_or(-12345); }
};

// The built-in packs (FIGCHECK_SOURCE_DIR "/rules"), loaded once.
inline std::shared_ptr<const rulebook::RuleBook> BuiltinBook() {
  static const std::shared_ptr<const rulebook::RuleBook> book = [] {
    auto b = rulebook::RuleBook::Load({std::string(FIGCHECK_SOURCE_DIR) + "/rules"});
    if (!b.ok()) throw std::runtime_error(b.status().ToString());
    return std::move(b).value();
  }();
  return book;
}

inline const extract::Extractor& BuiltinExtractor() {
  static const extract::Extractor extractor(BuiltinBook());
  return extractor;
}

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

}  // namespace figcheck::testing

#endif  // FIGCHECK_TESTS_UNIT_EXTRACT_QUANTITY_TEST_UTIL_H_
