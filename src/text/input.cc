// Minimal input reader: files and standard input only. The full reader
// (directories, include globs, JSONL streams) replaces this file.
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "figcheck/input.h"

namespace figcheck {
namespace {

class SimpleReader : public InputReader {
 public:
  explicit SimpleReader(InputOptions o) : options_(std::move(o)) {
    if (options_.paths.empty()) options_.paths.push_back("-");
  }
  Result<bool> Next(DocumentInput* out) override {
    if (next_ >= options_.paths.size()) return false;
    const std::string& path = options_.paths[next_++];
    *out = DocumentInput();
    out->info.source_name = path;
    out->format = options_.format;
    out->encoding = options_.encoding;
    if (path == "-") {
      std::ostringstream ss;
      ss << std::cin.rdbuf();
      out->bytes = ss.str();
      return true;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) return Status(StatusCode::kNotFound, "cannot open file", SourceLocation{path, 0, 0});
    out->bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return true;
  }

 private:
  InputOptions options_;
  size_t next_ = 0;
};

}  // namespace

Result<std::unique_ptr<InputReader>> InputReader::Open(const InputOptions& options) {
  return std::unique_ptr<InputReader>(new SimpleReader(options));
}

}  // namespace figcheck
