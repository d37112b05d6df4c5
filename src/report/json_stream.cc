#include "report/json_stream.h"

#include <string>

namespace figcheck::report {

void JsonStream::Indent(size_t depth) {
  for (size_t i = 0; i < depth; ++i) out_ << "  ";
}

void JsonStream::BeforeItem() {
  if (keyed_) {  // the value of a member: on the key's line
    keyed_ = false;
    return;
  }
  if (levels_.empty()) return;
  Level& level = levels_.back();
  out_ << (level.empty ? "\n" : ",\n");
  level.empty = false;
  Indent(levels_.size());
}

void JsonStream::WriteKey(std::string_view key) {
  BeforeItem();
  out_ << Dump(Json(std::string(key))) << ": ";
  keyed_ = true;
}

void JsonStream::Open(char bracket) {
  BeforeItem();
  out_ << bracket;
  levels_.push_back(Level{bracket == '{' ? '}' : ']'});
}

void JsonStream::Close() {
  const Level level = levels_.back();
  levels_.pop_back();
  if (!level.empty) {
    out_ << '\n';
    Indent(levels_.size());
  }
  out_ << level.close;  // an empty container stays "[]" or "{}", as Dump writes it
}

void JsonStream::Value(const Json& value) {
  BeforeItem();
  // Dump indents a nested value as if it were the whole document: shift
  // every line after the first to this depth. Line breaks inside strings
  // are escaped, so each raw '\n' is one of Dump's own.
  const std::string text = Dump(value, 2);
  std::string shift(1 + 2 * levels_.size(), ' ');
  shift[0] = '\n';
  size_t from = 0;
  for (size_t nl = text.find('\n'); nl != std::string::npos; nl = text.find('\n', from)) {
    out_.write(text.data() + from, static_cast<std::streamsize>(nl - from));
    out_ << shift;
    from = nl + 1;
  }
  out_.write(text.data() + from, static_cast<std::streamsize>(text.size() - from));
}

void JsonStream::Finish() {
  while (!levels_.empty()) Close();
  out_ << '\n';
}

}  // namespace figcheck::report
