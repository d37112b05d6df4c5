// Status and Result<T>: how every fallible figcheck call reports failure.
//
// No exception crosses the public API. A call that can fail returns a Status
// (or a Result<T> holding either a T or a non-OK Status). A Status carries a
// code, a one-line message in words a user understands, and, when the failure
// has a place, the place: a path and a 1-based line and column (columns count
// Unicode code points). ToString() renders "PATH:LINE:COL: message", the form
// the command line prints after "figcheck: ".
#ifndef FIGCHECK_STATUS_H_
#define FIGCHECK_STATUS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace figcheck {

// What kind of failure a Status reports. The command line maps every non-OK
// code to exit status 2 (usage or input error).
enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  // a bad flag, option or argument value
  kNotFound,         // a missing file or directory
  kIoError,          // a file that exists but cannot be read or written
  kDecodeError,      // bytes that are not text in any encoding we accept
  kParseError,       // malformed JSON, JSONL, YAML front matter, ...
  kRuleError,        // malformed or invalid rule files
  kInternal,         // a bug in figcheck; never expected
};

// Where a problem is. Empty path means "no file"; line and column 0 mean
// "unknown". Lines and columns are 1-based; columns count code points.
struct SourceLocation {
  std::string path;
  uint32_t line = 0;
  uint32_t column = 0;

  bool empty() const { return path.empty() && line == 0; }
};

// The outcome of a fallible call. Cheap to copy when OK.
class Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message, SourceLocation where = {})
      : code_(code), message_(std::move(message)), where_(std::move(where)) {}

  static Status Ok() { return Status(); }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  const SourceLocation& where() const { return where_; }

  // "PATH:LINE:COL: message", dropping the parts of the place that are
  // unknown ("PATH: message", or just "message").
  std::string ToString() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
  SourceLocation where_;
};

// Either a value or the Status that explains why there is none.
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {}  // NOLINT

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }

  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }
  T& operator*() & { return *value_; }
  const T& operator*() const& { return *value_; }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace figcheck

#endif  // FIGCHECK_STATUS_H_
