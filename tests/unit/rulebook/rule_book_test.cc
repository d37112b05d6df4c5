#include <unistd.h>

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "rulebook/rule_book.h"

using namespace figcheck;
using namespace figcheck::rulebook;

namespace {
// Writes `content` to a fresh file under the temp dir and returns its path.
std::string WriteTemp(const std::string& name, const std::string& content) {
  const auto dir = std::filesystem::temp_directory_path() /
                   ("figcheck_rulebook_test_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const auto path = dir / name;
  std::ofstream(path) << content;
  return path.string();
}
}  // namespace

TEST_CASE("RuleBook loads lexicons, folds variants and layers packs", "[rulebook]") {
  const std::string a = WriteTemp("a.yaml", R"(lang: ar
lexicons:
  hedges:
    clitics: [و]
    entries:
      - {text: ["نحو", "حوالى"], qualifier: approx}
      - {text: "ما يزيد على", qualifier: more_than}
)");
  const std::string b = WriteTemp("b.yaml", R"(lexicons:
  hedges:
    lang: ar
    entries:
      - {text: "زهاء", qualifier: approx}
)");
  auto book = RuleBook::Load({a, b});
  REQUIRE(book.ok());
  const Lexicon* lex = (*book)->FindLexicon("hedges", "ar");
  REQUIRE(lex != nullptr);
  CHECK(lex->entries.size() == 4);
  // "حوالى" is written with alef maqsura; the normalized view folds it.
  REQUIRE(lex->Find("حوالي") != nullptr);
  CHECK(lex->Find("حوالي")->Attr("qualifier") == "approx");
  CHECK(lex->Find("زهاء") != nullptr);
  CHECK((*book)->FindLexicon("hedges", "en") == nullptr);
}

TEST_CASE("RuleBook errors name the file, line and column", "[rulebook]") {
  SECTION("malformed YAML") {
    const std::string p = WriteTemp("bad.yaml", "lexicons:\n  x: [unclosed\n");
    auto book = RuleBook::Load({p});
    REQUIRE_FALSE(book.ok());
    CHECK(book.status().code() == StatusCode::kRuleError);
    CHECK(book.status().where().path == p);
    CHECK(book.status().where().line >= 2);
  }
  SECTION("unknown field with a suggestion") {
    const std::string p = WriteTemp("typo.yaml", "lexicons:\n  x:\n    entires: [a]\n");
    auto book = RuleBook::Load({p});
    REQUIRE_FALSE(book.ok());
    CHECK(book.status().ToString() ==
          p + ":3:5: unknown field 'entires' in lexicon 'x' (did you mean 'entries'?)");
  }
  SECTION("wrong type") {
    const std::string p = WriteTemp("type.yaml", "policy:\n  approx_width: wide\n");
    auto book = RuleBook::Load({p});
    REQUIRE_FALSE(book.ok());
    CHECK(book.status().ToString() == p + ":2:17: 'approx_width' must be a number, not 'wide'");
  }
  SECTION("missing path") {
    auto book = RuleBook::Load({"/nonexistent/rules"});
    REQUIRE_FALSE(book.ok());
    CHECK(book.status().code() == StatusCode::kNotFound);
  }
}

TEST_CASE("The built-in packs load", "[rulebook][packs]") {
  auto book = RuleBook::Load({std::string(FIGCHECK_SOURCE_DIR) + "/rules"});
  INFO(book.status().ToString());
  REQUIRE(book.ok());
  CHECK((*book)->policy().approx_width == Approx(0.10));
}
