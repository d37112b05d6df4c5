#include <catch2/catch.hpp>

#include <string>

#include "text/decode.h"

using figcheck::StatusCode;
using figcheck::text::Decode;

TEST_CASE("Decode passes UTF-8 through and strips its byte order mark", "[decode]") {
  auto plain = Decode("سلام 50", "", "x");
  REQUIRE(plain.ok());
  CHECK(plain->utf8 == "سلام 50");
  CHECK(plain->encoding == "UTF-8");
  CHECK_FALSE(plain->detected);
  auto bom = Decode("\xEF\xBB\xBFhi", "", "x");
  REQUIRE(bom.ok());
  CHECK(bom->utf8 == "hi");
  auto empty = Decode("", "", "x");
  REQUIRE(empty.ok());
  CHECK(empty->utf8.empty());
}

TEST_CASE("Decode reads UTF-16 with either byte order mark", "[decode]") {
  // "Hi س" in UTF-16LE and UTF-16BE.
  const std::string le("\xFF\xFE" "H\0i\0 \0\x33\x06", 10);
  const std::string be("\xFE\xFF" "\0H\0i\0 \x06\x33", 10);
  for (const std::string& bytes : {le, be}) {
    auto out = Decode(bytes, "", "x");
    REQUIRE(out.ok());
    CHECK(out->utf8 == "Hi س");
  }
  CHECK(Decode(le, "", "x")->encoding == "UTF-16LE");
  CHECK(Decode(be, "", "x")->encoding == "UTF-16BE");
  // A lone surrogate and an odd trailing byte are errors, not U+FFFD.
  auto lone = Decode(std::string("\xFF\xFE" "a\0\x00\xD8" "b\0", 8), "", "x");
  REQUIRE_FALSE(lone.ok());
  CHECK(lone.status().code() == StatusCode::kDecodeError);
  auto odd = Decode(std::string("\xFF\xFE" "a\0b", 5), "", "x");
  REQUIRE_FALSE(odd.ok());
  CHECK(odd.status().message().find("byte 4") != std::string::npos);
  // UTF-16 that holds a NUL character is binary.
  auto nul = Decode(std::string("\xFF\xFE" "a\0\0\0", 6), "", "x");
  REQUIRE_FALSE(nul.ok());
  CHECK(nul.status().message().find("binary") != std::string::npos);
}

TEST_CASE("Decode converts a named legacy encoding strictly", "[decode]") {
  // "قال 50" in windows-1256.
  const std::string cp1256 = "\xDE\xC7\xE1 50";
  auto out = Decode(cp1256, "windows-1256", "x");
  REQUIRE(out.ok());
  CHECK(out->utf8 == "قال 50");
  CHECK(out->encoding == "windows-1256");
  CHECK(Decode(cp1256, "cp1256", "x").ok());
  // ISO-8859-6 has no letter at 0xDE: an error at that byte, not "?".
  auto strict = Decode(cp1256, "ISO-8859-6", "doc.txt");
  REQUIRE_FALSE(strict.ok());
  CHECK(strict.status().code() == StatusCode::kDecodeError);
  CHECK(strict.status().ToString() == "doc.txt: invalid ISO-8859-6 bytes at byte 0 (line 1)");
  // ISO-8859-6 letters that exist decode.
  auto iso = Decode("\xC7\xE4", "ISO-8859-6", "x");
  REQUIRE(iso.ok());
  CHECK(iso->utf8 == "ال");
  // A named UTF-8 is checked like any other.
  auto utf8 = Decode("ok\xC3", "utf-8", "x");
  REQUIRE_FALSE(utf8.ok());
  CHECK(utf8.status().message().find("byte 2") != std::string::npos);
}

TEST_CASE("Decode refuses an unknown encoding name", "[decode]") {
  auto out = Decode("abc", "no-such-charset", "doc.txt");
  REQUIRE_FALSE(out.ok());
  CHECK(out.status().code() == StatusCode::kInvalidArgument);
  CHECK(out.status().ToString().find("doc.txt: unknown encoding 'no-such-charset'") == 0);
}

TEST_CASE("Decode refuses NUL bytes as binary", "[decode]") {
  auto out = Decode(std::string("ab\ncd\0ef", 8), "", "bin.dat");
  REQUIRE_FALSE(out.ok());
  CHECK(out.status().code() == StatusCode::kDecodeError);
  CHECK(out.status().ToString().find("bin.dat: binary input: NUL byte at byte 5 (line 2)") == 0);
}

TEST_CASE("Decode names the first bad UTF-8 byte with its line", "[decode]") {
  auto out = Decode("one\ntwo\nth\xFFree", "", "doc.txt");
  REQUIRE_FALSE(out.ok());
  CHECK(out.status().code() == StatusCode::kDecodeError);
  CHECK(out.status().ToString() ==
        "doc.txt: invalid UTF-8 at byte 10 (line 3); name an encoding with --encoding");
  // Overlong forms and surrogates encoded in UTF-8 are invalid too.
  CHECK_FALSE(Decode("\xC0\xAF", "", "x").ok());
  CHECK_FALSE(Decode("\xED\xA0\x80", "", "x").ok());
}

TEST_CASE("Decode detects a legacy encoding only when confident", "[decode]") {
  // A few lines of Arabic news in windows-1256: detection is sure of it.
  std::string cp1256;
  for (int i = 0; i < 8; ++i) {
    // "قال المسؤول إن الاجتماع عقد في الرياض بحضور ممثلين عن الدول العربية."
    cp1256 +=
        "\xDE\xC7\xE1 \xC7\xE1\xE3\xD3\xC4\xE6\xE1 \xC5\xE4 \xC7\xE1\xC7\xCC\xCA\xE3\xC7\xDA "
        "\xDA\xDE\xCF \xDD\xED \xC7\xE1\xD1\xED\xC7\xD6 \xC8\xCD\xD6\xE6\xD1 \xE3\xE3\xCB\xE1"
        "\xED\xE4 \xDA\xE4 \xC7\xE1\xCF\xE6\xE1 \xC7\xE1\xDA\xD1\xC8\xED\xC9.\n";
  }
  auto out = Decode(cp1256, "", "x");
  REQUIRE(out.ok());
  CHECK(out->detected);
  CHECK(out->encoding == "windows-1256");
  CHECK(out->utf8.find("قال المسؤول") == 0);
  // Mostly UTF-8 with one corrupt byte: reported, not guessed at.
  std::string almost;
  for (int i = 0; i < 20; ++i) almost += "قال المسؤول إن الاجتماع عقد في الرياض.\n";
  almost += "\xFF";
  auto bad = Decode(almost, "", "x");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().message().find("invalid UTF-8 at byte " + std::to_string(almost.size() - 1)) == 0);
}
