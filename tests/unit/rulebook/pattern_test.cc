#include <catch2/catch.hpp>

#include "rulebook/pattern.h"

using namespace figcheck::rulebook;

namespace {

PatternError Error(const std::string& pattern) {
  PatternSeq seq;
  PatternError error;
  CHECK_FALSE(ParsePattern(pattern, &seq, &error));
  return error;
}

}  // namespace

TEST_CASE("Patterns parse into words, references, slots, gaps, groups", "[pattern]") {
  PatternSeq seq;
  PatternError error;
  REQUIRE(ParsePattern("{killed} ...8 (من | عن)? {count} قتيلاً، /x+/", &seq, &error));
  REQUIRE(seq.size() == 6);
  CHECK(seq[0].type == PatternNode::Type::kRef);
  CHECK(seq[0].name == "killed");
  CHECK(seq[1].type == PatternNode::Type::kGap);
  CHECK(seq[1].gap == 8);
  CHECK(seq[2].type == PatternNode::Type::kGroup);
  CHECK(seq[2].optional);
  CHECK(seq[2].alternatives.size() == 2);
  CHECK(seq[3].type == PatternNode::Type::kSlot);
  CHECK(seq[3].slot == Slot::kCount);
  // Literals are normalized and tokenized like documents: tanween goes,
  // the comma is a token of its own.
  CHECK(seq[4].words == std::vector<std::string>{"قتيلا", "،"});
  CHECK(seq[5].type == PatternNode::Type::kRegex);
  CHECK(seq[5].regex == "x+");
  REQUIRE(ParsePattern("a | b c", &seq, &error));
  REQUIRE(seq.size() == 1);
  CHECK(seq[0].alternatives.size() == 2);
  REQUIRE(ParsePattern("... \\(x\\)", &seq, &error));
  CHECK(seq[0].gap == kDefaultGap);
  CHECK(seq[1].words == std::vector<std::string>{"(", "x", ")"});
}

TEST_CASE("Pattern errors say what is wrong and where", "[pattern]") {
  CHECK(Error("{count").message == "'{' without a matching '}'");
  CHECK(Error("a (b | c").offset == 2);
  CHECK(Error("a b)").message == "')' without a matching '('");
  CHECK(Error("(a | )").message == "an alternative is empty (use '?' for optional parts)");
  CHECK(Error("? a").message == "'?' must follow the element it makes optional");
  CHECK(Error("a ...99 b").message == "a gap spans 1 to 30 tokens");
  CHECK(Error("{}").message == "'{}' names nothing");
  CHECK(Error("{a b}").message == "a {name} may hold only letters a-z, digits, '_', '-' and '.'");
  const PatternError re = Error("killed /(ab/ {count}");
  CHECK(re.message.rfind("bad regular expression: ", 0) == 0);
  CHECK(re.offset == 8);  // the unclosed "(" inside /.../
  CHECK(Error("   ").message == "the pattern is empty");
}
