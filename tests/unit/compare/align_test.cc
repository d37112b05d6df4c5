#include <catch2/catch.hpp>

#include "builders.h"
#include "compare/align.h"

namespace figcheck::compare {
namespace {

using testing::Exact;

std::string GroupScopeOf(const Alignment& a, uint32_t claim) {
  return a.groups[a.group_of[claim]].scope;
}

TEST_CASE("scope rule: an unscoped claim joins its own source's only scope", "[align]") {
  // Source 0 says "gaza" once and leaves it implicit later; source 1 speaks
  // of "lebanon". Rule 1 settles source 0's claim.
  const std::vector<Claim> claims = {Exact(0, "killed", 1, "gaza", 1), Exact(0, "killed", 2, "", 2),
                                     Exact(1, "killed", 3, "lebanon", 1)};
  const Alignment a = Align(claims, {});
  CHECK(GroupScopeOf(a, 1) == "gaza");
  CHECK(a.groups.size() == 2);
}

TEST_CASE("scope rule: a silent source takes the run's only scope", "[align]") {
  const std::vector<Claim> claims = {Exact(0, "killed", 1, "gaza", 1),
                                     Exact(1, "killed", 2, "", 1)};
  const Alignment a = Align(claims, {});
  REQUIRE(a.groups.size() == 1);
  CHECK(a.groups[0].scope == "gaza");
  CHECK(a.groups[0].claims == std::vector<uint32_t>{0, 1});
}

TEST_CASE("scope rule: competing scopes leave a claim unscoped", "[align]") {
  SECTION("in other sources") {
    const std::vector<Claim> claims = {Exact(0, "killed", 1, "gaza", 1),
                                       Exact(1, "killed", 2, "lebanon", 1),
                                       Exact(2, "killed", 3, "", 1)};
    const Alignment a = Align(claims, {});
    CHECK(GroupScopeOf(a, 2).empty());
    CHECK(a.groups.size() == 3);
  }
  SECTION("in its own source") {
    const std::vector<Claim> claims = {Exact(0, "killed", 1, "gaza", 1),
                                       Exact(0, "killed", 2, "lebanon", 2),
                                       Exact(0, "killed", 3, "", 3), Exact(1, "killed", 1, "gaza")};
    const Alignment a = Align(claims, {});
    CHECK(GroupScopeOf(a, 2).empty());
  }
}

TEST_CASE("different keys are never one group, and groups sort by key then scope", "[align]") {
  const std::vector<Claim> claims = {Exact(0, "b", 1), Exact(1, "a", 1, "y"), Exact(1, "a", 1, "x"),
                                     Exact(0, "a", 1, "x")};
  const Alignment a = Align(claims, {});
  REQUIRE(a.groups.size() == 3);
  CHECK(a.groups[0].key == "a");
  CHECK(a.groups[0].scope == "x");
  CHECK(a.groups[0].claims == std::vector<uint32_t>{2, 3});
  CHECK(a.groups[0].id == "G1");
  CHECK(a.groups[1].scope == "y");
  CHECK(a.groups[2].key == "b");
}

TEST_CASE("part/whole links follow the catalogue and the scope", "[align]") {
  ComparePolicy p;
  p.keys["killed"].part_of = {"casualties"};
  const std::vector<Claim> claims = {Exact(0, "killed", 1, "gaza"), Exact(0, "killed", 1, "sudan"),
                                     Exact(1, "casualties", 5, "gaza")};
  const Alignment a = Align(claims, p);
  REQUIRE(a.groups.size() == 3);  // casualties/gaza, killed/gaza, killed/sudan
  CHECK(a.groups[1].part_of == std::vector<uint32_t>{0});
  CHECK(a.groups[2].part_of.empty());
}

}  // namespace
}  // namespace figcheck::compare
