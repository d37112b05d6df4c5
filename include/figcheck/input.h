// Reading inputs: files, directories, standard input and JSONL streams, one
// document at a time.
//
// An InputReader yields DocumentInputs in a stable order (arguments in the
// order given; a directory's files sorted by path) and never holds more than
// the current document, so a JSONL stream of any length reads in flat memory.
#ifndef FIGCHECK_INPUT_H_
#define FIGCHECK_INPUT_H_

#include <memory>
#include <string>
#include <vector>

#include "figcheck/document.h"
#include "figcheck/status.h"

namespace figcheck {

enum class InputMode {
  kDocuments,  // each argument is a file, a directory or "-"
  kJsonl,      // each argument is a JSONL stream of documents (or "-")
};

struct InputOptions {
  std::vector<std::string> paths;  // empty means "-" (standard input)
  InputMode mode = InputMode::kDocuments;
  // Globs a file found in a directory must match (on its name), e.g.
  // "*.md". Empty means the default: *.txt, *.md, *.markdown, *.html, *.htm.
  std::vector<std::string> include;
  InputFormat format = InputFormat::kAuto;  // --input-format
  std::string encoding;                     // --encoding
};

class InputReader {
 public:
  static Result<std::unique_ptr<InputReader>> Open(const InputOptions& options);
  virtual ~InputReader() = default;

  // Reads the next document into *out. Returns true when one was read,
  // false at the end, or an error (a missing file, an unreadable directory,
  // a malformed JSONL line: "PATH:LINE: ...").
  virtual Result<bool> Next(DocumentInput* out) = 0;
};

}  // namespace figcheck

#endif  // FIGCHECK_INPUT_H_
