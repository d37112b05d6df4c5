// Extractor: every mention of a document, from the grammars of its
// paragraphs' languages.
//
// Per sentence: tokenize the normalized view, let each grammar propose
// candidates, keep the longest non-overlapping ones (a date beats the
// numbers inside it, "40 ألف" beats "40"), and map their spans back to the
// source text. Thread-safe: one Extractor serves every thread.
#ifndef FIGCHECK_EXTRACT_EXTRACTOR_H_
#define FIGCHECK_EXTRACT_EXTRACTOR_H_

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extract/date_grammar.h"
#include "extract/quantity_grammar.h"
#include "figcheck/mention.h"
#include "rulebook/rule_book.h"
#include "text/text_document.h"

namespace figcheck::extract {

class Extractor {
 public:
  explicit Extractor(std::shared_ptr<const rulebook::RuleBook> book);

  // All mentions of the document, in text order.
  std::vector<Mention> Extract(const text::TextDocument& doc) const;

  // The mentions of one sentence, appended to *out.
  void ExtractSentence(const text::TextDocument& doc, size_t sentence,
                       std::vector<Mention>* out) const;

  const rulebook::RuleBook& book() const { return *book_; }

 private:
  struct Grammars {
    std::unique_ptr<QuantityGrammar> quantities;
    std::unique_ptr<DateGrammar> dates;
  };
  const Grammars& For(const std::string& lang) const;

  std::shared_ptr<const rulebook::RuleBook> book_;
  std::map<std::string, Grammars> grammars_;  // "ar", "en"
};

// The end of a mention's source span moved past the marks the normalized
// view dropped after its last letter (the tanween of "ألفاً", the tatweel
// of "1446هـ"): they belong to that letter.
uint32_t PastDroppedMarks(std::string_view source, uint32_t end);

// Keeps the longest non-overlapping candidates (ties: higher priority,
// then earlier), in text order.
std::vector<Candidate> ResolveOverlaps(std::vector<Candidate> candidates);

}  // namespace figcheck::extract

#endif  // FIGCHECK_EXTRACT_EXTRACTOR_H_
