// JSON forms of the public value types, shared by the report JSON, the
// claims JSONL stream and baselines (docs/output.md). Writers keep field
// order (ordered_json); readers check every field's type and throw
// FieldError naming the field, which callers turn into a Status with the
// line it came from.
#ifndef FIGCHECK_REPORT_JSON_IO_H_
#define FIGCHECK_REPORT_JSON_IO_H_

#include <nlohmann/json.hpp>

#include <stdexcept>
#include <string>
#include <string_view>

#include "figcheck/claim.h"
#include "figcheck/document.h"

namespace figcheck::report {

using Json = nlohmann::ordered_json;

class FieldError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Where a JSON syntax error is in `text` (what was parsed): the 1-based
// line and column (code points) of the byte the parser stopped at, and the
// message without nlohmann's "[json.exception...] parse error at ...: "
// prefix, as "malformed JSON: <what>".
struct JsonSyntaxError {
  uint32_t line = 1;
  uint32_t column = 1;
  std::string message;
};
JsonSyntaxError DescribeSyntaxError(const nlohmann::json::parse_error& e, std::string_view text);

// A number, as an integer when it is one; null for an unbounded side.
Json Number(double v);

// Serialized text of a JSON value: UTF-8 as is, invalid bytes replaced.
std::string Dump(const Json& j, int indent = -1);

Json SourceToJson(const DocumentInfo& info, uint32_t index);
// Fills *info and *index from a source object.
void SourceFromJson(const Json& j, DocumentInfo* info, uint32_t* index);

// A claim with "source" as its index into the run's sources.
Json ClaimToJson(const Claim& claim);
// The inverse; the "source" field is not read (the caller sets source).
Claim ClaimFromJson(const Json& j);

// Typed field access for readers: a missing field gives the default, a
// field of the wrong type throws FieldError.
std::string GetString(const Json& j, const char* field, bool required = false);
bool GetBool(const Json& j, const char* field);
int64_t GetInt(const Json& j, const char* field, int64_t if_missing = 0);
// null reads as `if_null` (the unbounded side of an interval).
double GetNumber(const Json& j, const char* field, double if_null);

}  // namespace figcheck::report

#endif  // FIGCHECK_REPORT_JSON_IO_H_
