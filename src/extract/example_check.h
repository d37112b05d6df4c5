// Checking the examples rule files carry: each example's text runs through
// the extractor, and its mentions must match the expected list exactly, in
// order. Used by the examples unit test and by `figcheck rules test`.
//
// An expected mention is a map of field -> value over the fields of the
// mention stream (`figcheck extract --mentions`, docs/output.md): "kind",
// "text", "value", "low", "high", "low_open", "qualifier", "unit", ...
// Only the fields given are compared. Numbers compare numerically (relative
// tolerance 1e-9, so "0.333333333333" matches 1/3 to the digits written),
// "true"/"false" compare with booleans, and the string "null" matches a
// null or absent field.
#ifndef FIGCHECK_EXTRACT_EXAMPLE_CHECK_H_
#define FIGCHECK_EXTRACT_EXAMPLE_CHECK_H_

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "extract/extractor.h"
#include "figcheck/document.h"
#include "figcheck/mention.h"
#include "rulebook/rule_book.h"

namespace figcheck::extract {

// One field of a mention as the mention stream prints it.
struct FieldValue {
  enum class Type { kNull, kNumber, kString, kBool };
  Type type = Type::kNull;
  double number = 0;
  std::string text;  // kString; also a printable form of every type
};

// The mention's fields, named as in the JSON mention stream
// (src/report/mentions.cc writes the same fields; a test keeps them equal).
std::vector<std::pair<std::string, FieldValue>> MentionFields(const Document& doc,
                                                              const Mention& m);

// Whether an expected value (as written in YAML) matches an actual field.
bool FieldMatches(const std::string& expected, const FieldValue& actual);

struct ExampleFailure {
  const rulebook::MentionExample* example = nullptr;
  // "PATH:LINE:COL: example "TEXT": <what differs>"
  std::string message;
  std::vector<std::string> expected;  // one line per expected mention
  std::vector<std::string> actual;    // one line per actual mention
};

// Runs one example; nullopt when it passes.
std::optional<ExampleFailure> CheckMentionExample(const Extractor& extractor,
                                                  const rulebook::MentionExample& example);

// Runs every mention example of the extractor's rule book.
std::vector<ExampleFailure> CheckMentionExamples(const Extractor& extractor);

}  // namespace figcheck::extract

#endif  // FIGCHECK_EXTRACT_EXAMPLE_CHECK_H_
