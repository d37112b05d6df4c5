#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "figcheck/input.h"
#include "test_util.h"

using figcheck::DateOrigin;
using figcheck::DocumentInput;
using figcheck::InputFormat;
using figcheck::InputMode;
using figcheck::InputOptions;
using figcheck::InputReader;
using figcheck::StatusCode;
using figcheck::testing::TempDir;

namespace {

std::unique_ptr<InputReader> Open(const InputOptions& o) {
  auto r = InputReader::Open(o);
  REQUIRE(r.ok());
  return std::move(r).value();
}

// Source names of every document, or the first error as "ERROR <message>".
std::vector<std::string> ReadAllNames(const InputOptions& o) {
  auto reader = Open(o);
  std::vector<std::string> names;
  DocumentInput in;
  while (true) {
    auto more = reader->Next(&in);
    if (!more.ok()) {
      names.push_back("ERROR " + more.status().ToString());
      break;
    }
    if (!*more) break;
    names.push_back(in.info.source_name);
  }
  return names;
}

}  // namespace

TEST_CASE("InputReader reads files in argument order", "[input]") {
  TempDir dir;
  const std::string b = dir.Write("b.txt", "bee");
  const std::string a = dir.Write("a.md", "# ay");
  InputOptions o;
  o.paths = {b, a};
  o.encoding = "windows-1256";
  auto reader = Open(o);
  DocumentInput in;
  REQUIRE(*reader->Next(&in));
  CHECK(in.info.source_name == b);
  CHECK(in.bytes == "bee");
  CHECK(in.encoding == "windows-1256");
  CHECK(in.path_for_format == b);
  REQUIRE(*reader->Next(&in));
  CHECK(in.bytes == "# ay");
  CHECK_FALSE(*reader->Next(&in));
  CHECK_FALSE(*reader->Next(&in));
}

TEST_CASE("InputReader walks directories in sorted order through the globs", "[input]") {
  TempDir dir;
  dir.Write("z.txt", "z");
  dir.Write("sub/b.md", "b");
  dir.Write("sub/a.html", "a");
  dir.Write("sub/deeper/c.markdown", "c");
  dir.Write("skip.pdf", "p");
  dir.Write(".hidden/x.txt", "h");
  dir.Write(".dot.txt", "d");
  InputOptions o;
  o.paths = {dir.path()};
  const auto names = ReadAllNames(o);
  const std::string p = dir.path() + "/";
  CHECK(names == std::vector<std::string>{p + "sub/a.html", p + "sub/b.md",
                                          p + "sub/deeper/c.markdown", p + "z.txt"});
  o.include = {"*.md", "c.*"};
  CHECK(ReadAllNames(o) == std::vector<std::string>{p + "sub/b.md", p + "sub/deeper/c.markdown"});
}

TEST_CASE("InputReader reports a missing path and goes no further", "[input]") {
  TempDir dir;
  InputOptions o;
  o.paths = {dir.path() + "/missing.txt"};
  auto reader = Open(o);
  DocumentInput in;
  auto r = reader->Next(&in);
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().code() == StatusCode::kNotFound);
  CHECK(r.status().ToString() == dir.path() + "/missing.txt: no such file or directory");
}

TEST_CASE("InputReader reports an unreadable file", "[input]") {
  TempDir dir;
  const std::string f = dir.Write("locked.txt", "x");
  std::filesystem::permissions(f, std::filesystem::perms::none);
  const bool root_reads_anyway = static_cast<bool>(std::ifstream(f));
  InputOptions o;
  o.paths = {f};
  auto reader = Open(o);
  DocumentInput in;
  auto r = reader->Next(&in);
  if (!root_reads_anyway) {
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().code() == StatusCode::kIoError);
  }
  std::filesystem::permissions(f, std::filesystem::perms::owner_all);
}

TEST_CASE("InputReader reports a read error as a status, not an exception", "[input]") {
  // /proc/self/mem opens but fails to read at offset 0 (EIO) on Linux; the
  // filebuf throws there, and the reader must not let that escape.
  const std::string f = "/proc/self/mem";
  if (!std::filesystem::exists(f)) return;
  InputOptions o;
  o.paths = {f};
  auto reader = Open(o);
  DocumentInput in;
  figcheck::Result<bool> r = true;
  REQUIRE_NOTHROW(r = reader->Next(&in));
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().code() == StatusCode::kIoError);
  CHECK(r.status().ToString().rfind(f + ": cannot read", 0) == 0);
}

TEST_CASE("JSONL streams give one document a line", "[input][jsonl]") {
  TempDir dir;
  const std::string f = dir.Write(
      "docs.jsonl",
      "{\"id\": \"a1\", \"text\": \"قال 50\", \"date\": \"2024-09-17\", \"lang\": \"ar\", "
      "\"source\": \"AA\", \"title\": \"T\"}\n"
      "\n"
      "   \r\n"
      "{\"text\": \"second\", \"date\": null}\r\n"
      "{\"text\": \"third\", \"id\": 7}");
  InputOptions o;
  o.mode = InputMode::kJsonl;
  o.paths = {f};
  auto reader = Open(o);
  DocumentInput in;
  REQUIRE(*reader->Next(&in));
  CHECK(in.bytes == "قال 50");
  CHECK(in.info.id == "a1");
  CHECK(in.info.source_name == "a1");
  CHECK(in.info.lang == "ar");
  CHECK(in.info.outlet == "AA");
  CHECK(in.info.title == "T");
  REQUIRE(in.info.date);
  CHECK(in.info.date->ToIso() == "2024-09-17");
  CHECK(in.info.date_origin == DateOrigin::kJsonl);
  CHECK(in.format == InputFormat::kPlain);
  REQUIRE(*reader->Next(&in));
  CHECK(in.bytes == "second");
  CHECK(in.info.source_name == f + ":4");
  CHECK_FALSE(in.info.date);
  CHECK(in.info.date_origin == DateOrigin::kNone);
  REQUIRE(*reader->Next(&in));
  CHECK(in.info.id == "7");
  CHECK_FALSE(*reader->Next(&in));
}

TEST_CASE("JSONL errors name the path and line", "[input][jsonl]") {
  TempDir dir;
  struct Case {
    std::string line;
    std::string expected;  // the message after "PATH:3:" or "PATH:3:COL:"
  };
  const std::vector<Case> cases = {
      {"{\"text\": \"x\"", "malformed JSON"},
      {"[1, 2]", "expected a JSON object"},
      {"{\"id\": \"x\"}", "missing \"text\""},
      {"{\"text\": 5}", "missing \"text\""},
      {"{\"text\": \"x\", \"date\": \"17/09/2024\"}", "bad \"date\" '17/09/2024'"},
      {"{\"text\": \"x\", \"lang\": 3}", "\"lang\" must be a string"},
      {"{\"text\": \"x\"} trailing", "malformed JSON"},
      {"{\"text\": \"\xFF\"}", "malformed JSON"},
  };
  for (const Case& c : cases) {
    const std::string f = dir.Write("bad.jsonl", "{\"text\": \"ok\"}\n\n" + c.line + "\n");
    InputOptions o;
    o.mode = InputMode::kJsonl;
    o.paths = {f};
    auto reader = Open(o);
    DocumentInput in;
    REQUIRE(*reader->Next(&in));
    auto r = reader->Next(&in);
    INFO(c.line);
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().code() == StatusCode::kParseError);
    const std::string s = r.status().ToString();
    CHECK(s.find(f + ":3:") == 0);
    CHECK(s.find(c.expected) != std::string::npos);
  }
}

TEST_CASE("JSONL input refuses a directory, a missing file and a legacy encoding", "[input][jsonl]") {
  TempDir dir;
  InputOptions o;
  o.mode = InputMode::kJsonl;
  o.paths = {dir.path()};
  CHECK(ReadAllNames(o).at(0).find("is a directory") != std::string::npos);
  o.paths = {dir.path() + "/none.jsonl"};
  CHECK(ReadAllNames(o).at(0) == "ERROR " + dir.path() + "/none.jsonl: no such file or directory");
  o.encoding = "windows-1256";
  CHECK_FALSE(InputReader::Open(o).ok());
  o.encoding = "UTF-8";
  CHECK(InputReader::Open(o).ok());
}

TEST_CASE("JSONL streams many lines one at a time", "[input][jsonl]") {
  TempDir dir;
  std::string big;
  for (int i = 0; i < 20000; ++i) {
    big += "{\"id\": \"d" + std::to_string(i) + "\", \"text\": \"document number " + std::to_string(i) +
           "\"}\n";
  }
  big += "{\"text\": [1]}\n";
  const std::string f = dir.Write("big.jsonl", big);
  InputOptions o;
  o.mode = InputMode::kJsonl;
  o.paths = {f, f};
  auto reader = Open(o);
  DocumentInput in;
  int count = 0;
  while (true) {
    auto r = reader->Next(&in);
    if (!r.ok()) {
      CHECK(r.status().ToString().find(f + ":20001:") == 0);
      break;
    }
    REQUIRE(*r);
    REQUIRE(in.bytes == "document number " + std::to_string(count));
    ++count;
  }
  CHECK(count == 20000);
}

TEST_CASE("Deeply nested JSON is an error, not a crash", "[input][jsonl]") {
  TempDir dir;
  const std::string f = dir.Write("deep.jsonl", "{\"text\": \"x\", \"extra\": " +
                                                    std::string(200000, '[') + "}\n");
  InputOptions o;
  o.mode = InputMode::kJsonl;
  o.paths = {f};
  auto reader = Open(o);
  DocumentInput in;
  CHECK_FALSE(reader->Next(&in).ok());
  // Well-formed and deep: read (the extra field is ignored), then freed.
  const std::string g = dir.Write("deep2.jsonl", "{\"text\": \"x\", \"extra\": " +
                                                     std::string(100000, '[') +
                                                     std::string(100000, ']') + "}\n");
  o.paths = {g};
  auto reader2 = Open(o);
  auto r = reader2->Next(&in);
  REQUIRE(r.ok());
  CHECK(in.bytes == "x");
}
