// A pretty-printed JSON document written piece by piece. A report of ten
// thousand articles holds thousands of claims and findings; building the
// whole document as one nlohmann DOM first took five times the memory of
// the report itself (279 MB for SARIF). This writer emits each member or
// element as soon as it is made, so only the largest single piece is ever a
// DOM, and its bytes are exactly those of Dump(whole document, 2).
#ifndef FIGCHECK_REPORT_JSON_STREAM_H_
#define FIGCHECK_REPORT_JSON_STREAM_H_

#include <ostream>
#include <string_view>
#include <vector>

#include "report/json_io.h"

namespace figcheck::report {

class JsonStream {
 public:
  explicit JsonStream(std::ostream& out) : out_(out) {}
  JsonStream(const JsonStream&) = delete;
  JsonStream& operator=(const JsonStream&) = delete;

  // Containers: at the top level, as an array's element (no key), or as an
  // object's member (with a key). Every Open has its Close.
  void OpenObject() { Open('{'); }
  void OpenObject(std::string_view key) {
    WriteKey(key);
    Open('{');
  }
  void OpenArray() { Open('['); }
  void OpenArray(std::string_view key) {
    WriteKey(key);
    Open('[');
  }
  void Close();

  // A whole value: an array's element, or an object's member.
  void Value(const Json& value);
  void Member(std::string_view key, const Json& value) {
    WriteKey(key);
    Value(value);
  }

  // Closes what is open and ends the document with a newline.
  void Finish();

 private:
  struct Level {
    char close;
    bool empty = true;
  };
  void BeforeItem();  // the comma and the line break before an item
  void WriteKey(std::string_view key);
  void Open(char bracket);
  void Indent(size_t depth);

  std::ostream& out_;
  std::vector<Level> levels_;
  bool keyed_ = false;  // a key was written; its value comes next
};

}  // namespace figcheck::report

#endif  // FIGCHECK_REPORT_JSON_STREAM_H_
