#include <catch2/catch.hpp>

#include <string>

#include "text/html_entities.h"

using figcheck::text::DecodeCharRef;
using figcheck::text::EntityRules;

namespace {
// "<decoded>/<consumed>", or "-" when there is no reference.
std::string Ref(const std::string& s, EntityRules rules) {
  size_t consumed = 0;
  std::string decoded;
  if (!DecodeCharRef(s, rules, &consumed, &decoded)) return "-";
  return decoded + "/" + std::to_string(consumed);
}
}  // namespace

TEST_CASE("HTML text references decode as the HTML5 tokenizer does", "[html_entities]") {
  const auto h = EntityRules::kHtmlText;
  CHECK(Ref("&amp; x", h) == "&/5");
  CHECK(Ref("&eacute;", h) == "é/8");
  CHECK(Ref("&nbsp;", h) == "\u00A0/6");
  CHECK(Ref("&#1575;", h) == "ا/7");
  CHECK(Ref("&#x627;", h) == "ا/7");
  CHECK(Ref("&#X627", h) == "ا/6");
  CHECK(Ref("&#65x", h) == "A/4");
  CHECK(Ref("&#x80;", h) == "€/6");          // windows-1252 reading
  CHECK(Ref("&#0;", h) == "\uFFFD/4");
  CHECK(Ref("&#xD800;", h) == "\uFFFD/8");
  CHECK(Ref("&#99999999999;", h) == "\uFFFD/14");
  CHECK(Ref("&amp", h) == "&/4");             // legacy name without ";"
  CHECK(Ref("&notit;", h) == "¬it;/7");       // a name prefix
  CHECK(Ref("&foo;", h) == "-");
  CHECK(Ref("& x", h) == "-");
  CHECK(Ref("&#;", h) == "-");
  CHECK(Ref("&", h) == "-");
  CHECK(Ref("&" + std::string(200, 'a'), h) == "-");
}

TEST_CASE("CommonMark references need a whole name and a semicolon", "[html_entities]") {
  const auto m = EntityRules::kCommonMark;
  CHECK(Ref("&amp;", m) == "&/5");
  CHECK(Ref("&ouml;", m) == "ö/6");
  CHECK(Ref("&#35;", m) == "#/5");
  CHECK(Ref("&#x22;", m) == "\"/6");
  CHECK(Ref("&#0;", m) == "\uFFFD/4");
  CHECK(Ref("&#x80;", m) == "\u0080/6");  // no windows-1252 reading
  CHECK(Ref("&amp", m) == "-");
  CHECK(Ref("&notit;", m) == "-");
  CHECK(Ref("&#12345678;", m) == "-");
}
