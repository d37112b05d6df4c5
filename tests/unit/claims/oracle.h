// Test support: the mentions an example describes, made by hand.
//
// The full number and date grammars land from other branches; until then
// the extractor here reads only ASCII digit runs. An example's expected
// claim names its figure's `text` and value ("أكثر من 40 ألف", more_than
// 40000), so the mention the full grammar will make can be written down
// (as include/figcheck/mention.h defines it) and the claim rules tested on
// it now. FullGrammar() says when the real grammars are in, and the tests
// then use the real mentions only.
#ifndef FIGCHECK_TESTS_UNIT_CLAIMS_ORACLE_H_
#define FIGCHECK_TESTS_UNIT_CLAIMS_ORACLE_H_

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "figcheck/figcheck.h"
#include "rulebook/keys.h"

namespace figcheck::testing {

using Fields = std::vector<std::pair<std::string, std::string>>;

// The mention of `kind` the fields describe ("text" is required), placed
// where `text` first occurs in the document's normalized view.
std::optional<Mention> OracleMention(const Document& doc, rulebook::FigureKind kind,
                                     const Fields& fields);

// `mentions` with `extra` in place of whatever overlaps it, in text order.
std::vector<Mention> WithMention(std::vector<Mention> mentions, const Mention& extra);

// True when the extractor reads hedges, magnitudes, dates and durations.
bool FullGrammar(const Checker& checker);

// A document from a text, as rule examples are read.
Document ReadText(const Checker& checker, const std::string& text, const std::string& lang,
                  const std::string& date = "");

}  // namespace figcheck::testing

#endif  // FIGCHECK_TESTS_UNIT_CLAIMS_ORACLE_H_
