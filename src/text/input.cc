// InputReader: files, directories, standard input, and JSONL streams.
//
// Documents mode expands each argument lazily: a directory is listed (its
// files sorted by path) only when the reader reaches it, and a file is read
// only when it is the next document. JSONL mode reads one line at a time
// into a reused buffer, so a stream of any length reads in flat memory.
#include <fnmatch.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <sstream>

#include "figcheck/input.h"

namespace figcheck {
namespace {

namespace fs = std::filesystem;

const std::vector<std::string> kDefaultInclude = {"*.txt", "*.md", "*.markdown", "*.html",
                                                  "*.htm"};

Status NotFound(const std::string& path) {
  return Status(StatusCode::kNotFound, "no such file or directory", SourceLocation{path, 0, 0});
}

Status IoError(const std::string& path, const std::string& what) {
  return Status(StatusCode::kIoError, what, SourceLocation{path, 0, 0});
}

std::string ErrnoText(int err) { return err != 0 ? std::strerror(err) : "read error"; }

// Reads all of standard input (binary-safe).
Status ReadStdin(std::string* out) {
  out->clear();
  char buf[1 << 16];
  while (std::cin.read(buf, sizeof buf) || std::cin.gcount() > 0) {
    out->append(buf, static_cast<size_t>(std::cin.gcount()));
  }
  if (std::cin.bad()) return IoError("-", "cannot read standard input");
  return Status::Ok();
}

Status ReadFile(const std::string& path, std::string* out) {
  std::error_code ec;
  const fs::file_status st = fs::status(path, ec);
  if (ec || !fs::exists(st)) {
    if (ec && ec != std::errc::no_such_file_or_directory) return IoError(path, ec.message());
    return NotFound(path);
  }
  if (fs::is_directory(st)) return IoError(path, "is a directory");
  errno = 0;
  std::ifstream in(path, std::ios::binary);
  if (!in) return IoError(path, "cannot open: " + ErrnoText(errno));
  out->clear();
  if (fs::is_regular_file(st)) {
    const auto size = fs::file_size(path, ec);
    if (!ec) out->reserve(static_cast<size_t>(size));
  }
  // istream::read, not istreambuf_iterator: libstdc++'s filebuf throws on a
  // read error (EIO), and only the stream's own functions turn that into
  // badbit.
  char buf[1 << 16];
  while (in.read(buf, sizeof buf) || in.gcount() > 0) {
    out->append(buf, static_cast<size_t>(in.gcount()));
  }
  if (in.bad()) return IoError(path, "cannot read: " + ErrnoText(errno));
  return Status::Ok();
}

bool Matches(const std::vector<std::string>& globs, const std::string& name) {
  for (const std::string& g : globs) {
    if (fnmatch(g.c_str(), name.c_str(), 0) == 0) return true;
  }
  return false;
}

// The files under `dir` whose names match `globs`, sorted by path. Hidden
// entries (names starting with ".") are skipped, with their contents.
Status ListDirectory(const std::string& dir, const std::vector<std::string>& globs,
                     std::vector<std::string>* files) {
  files->clear();
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, ec);
  if (ec) return IoError(dir, "cannot read directory: " + ec.message());
  for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) break;  // reported below; `it` may not be dereferenced now
    const std::string name = it->path().filename().string();
    std::error_code entry_ec;  // a broken link is skipped, not an error
    if (!name.empty() && name[0] == '.') {
      if (it->is_directory(entry_ec)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(entry_ec) && Matches(globs, name)) {
      files->push_back(it->path().string());
    }
  }
  if (ec) return IoError(dir, "cannot read directory: " + ec.message());
  std::sort(files->begin(), files->end());
  return Status::Ok();
}

class DocumentReader : public InputReader {
 public:
  explicit DocumentReader(InputOptions options) : options_(std::move(options)) {
    if (options_.include.empty()) options_.include = kDefaultInclude;
  }

  Result<bool> Next(DocumentInput* out) override {
    while (true) {
      if (pending_next_ < pending_.size()) return ReadOne(pending_[pending_next_++], out);
      if (next_arg_ >= options_.paths.size()) return false;
      const std::string& arg = options_.paths[next_arg_++];
      std::error_code ec;
      if (arg != "-" && fs::is_directory(arg, ec)) {
        Status st = ListDirectory(arg, options_.include, &pending_);
        pending_next_ = 0;
        if (!st.ok()) return st;
        continue;
      }
      return ReadOne(arg, out);
    }
  }

 private:
  Result<bool> ReadOne(const std::string& path, DocumentInput* out) {
    *out = DocumentInput();
    out->info.source_name = path;
    out->format = options_.format;
    out->encoding = options_.encoding;
    out->path_for_format = path;
    Status st = path == "-" ? ReadStdin(&out->bytes) : ReadFile(path, &out->bytes);
    if (!st.ok()) return st;
    return true;
  }

  InputOptions options_;
  size_t next_arg_ = 0;
  std::vector<std::string> pending_;  // files of the directory being read
  size_t pending_next_ = 0;
};

// A JSONL stream: one document object a line.
class JsonlReader : public InputReader {
 public:
  explicit JsonlReader(InputOptions options) : options_(std::move(options)) {}

  Result<bool> Next(DocumentInput* out) override {
    while (true) {
      if (in_ == nullptr) {
        if (next_arg_ >= options_.paths.size()) return false;
        Status st = OpenStream(options_.paths[next_arg_++]);
        if (!st.ok()) return st;
      }
      if (!std::getline(*in_, line_)) {
        if (in_->bad()) return IoError(path_, "cannot read");
        file_.close();
        in_ = nullptr;
        continue;
      }
      ++line_number_;
      if (line_number_ == 1 && line_.compare(0, 3, "\xEF\xBB\xBF") == 0) line_.erase(0, 3);
      if (!line_.empty() && line_.back() == '\r') line_.pop_back();
      if (line_.find_first_not_of(" \t") == std::string::npos) continue;
      return ParseLine(out);
    }
  }

 private:
  Status OpenStream(const std::string& path) {
    path_ = path;
    line_number_ = 0;
    if (path == "-") {
      in_ = &std::cin;
      return Status::Ok();
    }
    std::error_code ec;
    if (!fs::exists(path, ec)) return NotFound(path);
    if (fs::is_directory(path, ec)) return IoError(path, "is a directory, not a JSONL stream");
    errno = 0;
    file_.open(path, std::ios::binary);
    if (!file_) return IoError(path, "cannot open: " + ErrnoText(errno));
    in_ = &file_;
    return Status::Ok();
  }

  Status LineError(std::string message, uint32_t column = 0) const {
    return Status(StatusCode::kParseError, std::move(message),
                  SourceLocation{path_, line_number_, column});
  }

  // A text field: absent or null leaves *out alone; anything but a string
  // is an error. An "id" may also be an integer.
  Status Field(const nlohmann::json& obj, const char* key, std::string* out) const {
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) return Status::Ok();
    if (it->is_string()) {
      *out = it->get<std::string>();
    } else if (std::strcmp(key, "id") == 0 && it->is_number_integer()) {
      *out = it->dump();
    } else {
      return LineError(std::string("\"") + key + "\" must be a string");
    }
    return Status::Ok();
  }

  Result<bool> ParseLine(DocumentInput* out) {
    nlohmann::json obj;
    try {
      obj = nlohmann::json::parse(line_);
    } catch (const nlohmann::json::parse_error& e) {
      // e.byte is 1-based; the column counts code points up to it.
      const size_t at = std::min<size_t>(e.byte > 0 ? e.byte - 1 : 0, line_.size());
      uint32_t column = 1;
      for (size_t k = 0; k < at; ++k) column += (static_cast<unsigned char>(line_[k]) & 0xC0) != 0x80;
      std::string what = e.what();
      const size_t colon = what.find(": ");  // drop nlohmann's "[json.exception...] " prefix
      return LineError("malformed JSON: " + (colon == std::string::npos ? what : what.substr(colon + 2)),
                       column);
    } catch (const std::exception& e) {
      return LineError(std::string("malformed JSON: ") + e.what());
    }
    if (!obj.is_object()) return LineError("expected a JSON object {\"text\": ...}");
    auto text = obj.find("text");
    if (text == obj.end() || !text->is_string()) {
      return LineError("missing \"text\" (the document's text, a string)");
    }
    *out = DocumentInput();
    DocumentInfo& info = out->info;
    std::string date;
    Status st = Field(obj, "id", &info.id);
    if (st.ok()) st = Field(obj, "date", &date);
    if (st.ok()) st = Field(obj, "lang", &info.lang);
    if (st.ok()) st = Field(obj, "source", &info.outlet);
    if (st.ok()) st = Field(obj, "title", &info.title);
    if (!st.ok()) return st;
    if (!date.empty()) {
      info.date = CivilDate::ParseIso(date);
      if (!info.date) {
        return LineError("bad \"date\" '" + date + "' (expected YYYY-MM-DD or an ISO date-time)");
      }
      info.date_origin = DateOrigin::kJsonl;
    }
    info.source_name =
        info.id.empty() ? path_ + ":" + std::to_string(line_number_) : info.id;
    out->bytes = text->get<std::string>();
    out->format = options_.format == InputFormat::kAuto ? InputFormat::kPlain : options_.format;
    return true;
  }

  InputOptions options_;
  size_t next_arg_ = 0;
  std::ifstream file_;
  std::istream* in_ = nullptr;
  std::string path_;
  uint32_t line_number_ = 0;
  std::string line_;  // reused for every line
};

bool IsUtf8Name(const std::string& encoding) {
  std::string n;
  for (char c : encoding) {
    if (c != '-' && c != '_') n.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  return n == "utf8";
}

}  // namespace

Result<std::unique_ptr<InputReader>> InputReader::Open(const InputOptions& options) {
  InputOptions o = options;
  if (o.paths.empty()) o.paths.push_back("-");
  if (o.mode == InputMode::kJsonl) {
    if (!o.encoding.empty() && !IsUtf8Name(o.encoding)) {
      return Status(StatusCode::kInvalidArgument,
                    "--encoding does not apply to JSONL input: JSON text is UTF-8");
    }
    return std::unique_ptr<InputReader>(new JsonlReader(std::move(o)));
  }
  return std::unique_ptr<InputReader>(new DocumentReader(std::move(o)));
}

}  // namespace figcheck
