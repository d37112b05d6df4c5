// Claims: figures that say what they measure.
//
// A claim is a Mention bound by a claim rule (rules/<lang>/*.yaml) to a claim
// key from the catalogue (rules/common/keys.yaml): "50 countries took part" is
// the count 50 under key `participants.countries`. Keys are language
// independent, so Arabic and English claims about one event compare.
//
// A Claim is self-contained: it carries the text, sentence and places it was
// found at, so a claims JSONL stream (figcheck extract --format jsonl) can be
// compared later without the documents.
#ifndef FIGCHECK_CLAIM_H_
#define FIGCHECK_CLAIM_H_

#include <cstdint>
#include <string>
#include <vector>

#include "figcheck/document.h"
#include "figcheck/mention.h"

namespace figcheck {

struct Claim {
  std::string id;       // stable id within one run: "<source index>:<n>"
  uint32_t source = 0;  // index into the run's sources (DocumentInfo list)
  std::string key;      // claim key, e.g. "casualties.killed"
  std::string rule_id;  // the rule that made it, e.g. "ar.casualties.killed"
  std::string kind;     // what the rule bound: "count", "date", "duration",
                        // "percent", "money"
  std::string scope;    // what it is about (gazetteer id, e.g. "gaza"), or ""
  std::string unit;     // the unit the rule implies ("country", "person"), or
                        // the mention's own unit ("USD", "percent")
  Mention figure;       // the bound mention: interval, qualifier, date, ...

  // Where it is: source-text bytes, and the same as positions.
  Span span;
  Span sentence_span;
  Position begin;
  Position end;
  std::string text;           // the figure's original surface text
  std::string sentence_text;  // the original sentence, whitespace collapsed
};

}  // namespace figcheck

#endif  // FIGCHECK_CLAIM_H_
