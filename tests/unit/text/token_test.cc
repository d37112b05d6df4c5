#include <catch2/catch.hpp>

#include "text/normalize.h"
#include "text/token.h"

using namespace figcheck;
using namespace figcheck::text;

namespace {
std::vector<std::string> Toks(const std::string& raw, std::vector<Token>* out = nullptr) {
  const std::string norm = NormalizeString(raw);
  std::vector<Token> toks;
  Tokenize(norm, Span{0, static_cast<uint32_t>(norm.size())}, &toks);
  std::vector<std::string> s;
  for (const Token& t : toks) s.push_back(norm.substr(t.begin, t.size()));
  if (out) *out = toks;
  return s;
}
}  // namespace

TEST_CASE("Tokenize splits words, digit runs and punctuation", "[token]") {
  CHECK(Toks("نحو 50 دولة") == std::vector<std::string>{"نحو", "50", "دوله"});
  CHECK(Toks("1,234.5%") == std::vector<std::string>{"1", ",", "234", ".", "5", "%"});
  CHECK(Toks("سبتمبر/ أيلول") == std::vector<std::string>{"سبتمبر", "/", "ايلول"});
  CHECK(Toks("") .empty());
}

TEST_CASE("Tokenize marks digits glued to letters", "[token]") {
  std::vector<Token> t;
  CHECK(Toks("الـ15 و3 15th $3bn", &t) ==
        std::vector<std::string>{"ال", "15", "و", "3", "15", "th", "$", "3", "bn"});
  CHECK(t[1].glued);
  CHECK_FALSE(t[2].glued);
  CHECK(t[3].glued);
  CHECK(t[5].glued);
  CHECK(t[7].glued);
  CHECK(t[8].glued);
  CHECK(t[1].type == TokenType::kNumber);
  CHECK(t[6].type == TokenType::kPunct);
}
