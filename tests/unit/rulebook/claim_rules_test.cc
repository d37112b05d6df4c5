// Loading claim rules, keys, the gazetteer and macros, and every error a
// rule author can make, with its place.
#include <unistd.h>

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "rulebook/rule_book.h"

using namespace figcheck;
using namespace figcheck::rulebook;

namespace {

const char* kKeys = R"(keys:
  casualties.killed: {kind: count, unit: person, cumulative: true, part_of: casualties.kw}
  casualties.kw: {kind: count}
  war.start: {kind: date, event: war, role: start}
)";

std::string Write(const std::string& name, const std::string& content) {
  const auto dir = std::filesystem::temp_directory_path() /
                   ("figcheck_claim_rules_test_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const auto path = dir / name;
  std::ofstream(path) << content;
  return path.string();
}

// Loads keys plus `rules` and returns every diagnostic as text.
std::vector<std::string> Diagnose(const std::string& rules, const std::string& keys = kKeys) {
  const std::string k = Write("keys.yaml", keys);
  const std::string r = Write("rules.yaml", rules);
  std::vector<RuleDiagnostic> diags;
  auto book = RuleBook::Load({k, r}, &diags);
  std::vector<std::string> out;
  for (const auto& d : diags) out.push_back(d.ToString());
  CHECK(book.ok() == std::none_of(diags.begin(), diags.end(), [](const RuleDiagnostic& d) {
          return d.level == Severity::kError;
        }));
  return out;
}

std::string Place(int line, int col) {
  return Write("rules.yaml", "") + ":" + std::to_string(line) + ":" + std::to_string(col) + ": ";
}

}  // namespace

TEST_CASE("Claim rules, keys, gazetteer and macros load", "[claim_rules]") {
  const std::string k = Write("keys.yaml", kKeys);
  const std::string r = Write("rules.yaml", R"(lang: ar
gazetteer:
  clitics: {ar: [ب]}
  entities:
    palestine: {type: country, names: {ar: [فلسطين]}}
    gaza: {type: region, within: palestine, names: {ar: [غزة, قطاع غزة]}}
lexicons:
  dead: {entries: [قتيل]}
macros:
  dead_count: "{count} {dead}"
claims:
  - id: ar.k
    key: casualties.killed
    pattern: ["{dead_count}", "مقتل {count}"]
    unit: soul
    examples:
      - قتل 5
      - text: مقتل 5
        date: 2024-01-02
        claim: {value: 5, scope: gaza}
    counter_examples: [جرح 5]
)");
  std::vector<RuleDiagnostic> diags;
  auto book = RuleBook::Load({k, r}, &diags);
  INFO((diags.empty() ? "" : diags[0].ToString()));
  REQUIRE(book.ok());
  CHECK(diags.empty());
  const KeyInfo* key = (*book)->keys().Find("casualties.killed");
  REQUIRE(key != nullptr);
  CHECK(key->cumulative);
  CHECK(key->part_of == std::vector<std::string>{"casualties.kw"});
  CHECK((*book)->keys().Find("war.start")->role == EventRole::kStart);
  const auto& rules = (*book)->claim_rules();
  REQUIRE(rules.size() == 1);
  CHECK(rules[0].kind == FigureKind::kCount);
  CHECK(rules[0].patterns.size() == 2);
  CHECK(rules[0].examples.size() == 2);
  CHECK(rules[0].examples[0].claims.size() == 1);  // "any claim of the rule's key"
  CHECK(rules[0].examples[1].date == "2024-01-02");
  CHECK(rules[0].counter_examples.size() == 1);
  const Gazetteer& gaz = (*book)->gazetteer();
  CHECK(gaz.Encloses(*gaz.Find("palestine"), *gaz.Find("gaza")));
  CHECK(gaz.Depth(*gaz.Find("gaza")) == 1);
  CHECK((*book)->FindMacro("dead_count", "ar") != nullptr);
}

TEST_CASE("Rule errors name the place and say what is wrong", "[claim_rules]") {
  SECTION("unknown field, with the nearest name") {
    CHECK(Diagnose("lang: en\nclaims:\n  - {id: a, key: casualties.killed, patern: x}\n") ==
          std::vector<std::string>{Place(3, 37) + "error: unknown field 'patern' in a claim "
                                                  "rule (did you mean 'pattern'?)"});
  }
  SECTION("wrong type") {
    CHECK(Diagnose("lang: en\nclaims:\n  - {id: a, key: casualties.killed, pattern: "
                   "\"killed {count}\", priority: high}\n")[0] ==
          Place(3, 74) + "error: 'priority' must be a number, not 'high'");
  }
  SECTION("duplicate id") {
    const auto d = Diagnose(
        "lang: en\nclaims:\n"
        "  - {id: a, key: casualties.killed, pattern: \"killed {count}\", examples: [x]}\n"
        "  - {id: a, key: casualties.killed, pattern: \"died {count}\", examples: [x]}\n");
    REQUIRE(d.size() == 1);
    CHECK(d[0] == Place(4, 5) + "error: duplicate rule id 'a' (first defined at " +
                      Write("rules.yaml", "") + ":3:5)");
  }
  SECTION("a key missing from the catalogue") {
    CHECK(Diagnose("lang: en\nclaims:\n  - {id: a, key: casualties.kiled, pattern: "
                   "\"killed {count}\", examples: [x]}\n")[0] ==
          Place(3, 18) +
              "error: key 'casualties.kiled' is not in the key catalogue (keys:, "
              "e.g. rules/common/keys.yaml) (did you mean 'casualties.killed'?)");
  }
  SECTION("an undefined placeholder, pointed at inside the pattern, in code points") {
    CHECK(Diagnose(
              "lang: ar\nlexicons:\n  killed_verbs: {entries: [قتل]}\nclaims:\n"
              "  - id: a\n    key: casualties.killed\n    pattern: \"مقتل {killd_verbs} {count}\"\n"
              "    examples: [x]\n")[0] ==
          Place(7, 20) +
              "error: undefined placeholder '{killd_verbs}': no lexicon or macro "
              "'killd_verbs' for language 'ar' (did you mean '{killed_verbs}'?)");
  }
  SECTION("the RE2 error, with its position in the pattern") {
    const auto d = Diagnose(
        "lang: en\nclaims:\n  - id: a\n    key: casualties.killed\n"
        "    pattern: killed /(ab/ {count}\n");
    REQUIRE(!d.empty());
    CHECK(d[0].rfind(Place(5, 22) + "error: in pattern: bad regular expression: ", 0) == 0);
  }
  SECTION("a pattern without the key's slot") {
    CHECK(Diagnose("lang: en\nclaims:\n  - {id: a, key: war.start, pattern: \"began {count}\", "
                   "examples: [x]}\n")[0] ==
          Place(3, 39) +
              "error: the pattern has no {date} slot for the date that key "
              "'war.start' measures");
  }
  SECTION("macro loops") {
    const auto d = Diagnose("lang: en\nmacros:\n  a: \"{b} x\"\n  b: \"{a} y\"\nclaims: []\n");
    REQUIRE(d.size() >= 1);
    CHECK(d[0].find("error: macro 'a' uses itself: {a} -> {b} -> {a}") != std::string::npos);
  }
  SECTION("every error is reported, not just the first") {
    const auto d = Diagnose(
        "lang: en\nclaims:\n  - {id: a, key: nope, pattern: \"x {count}\"}\n"
        "  - {id: b, key: casualties.killed, pattern: \"{count\"}\n"
        "  - {id: c, key: casualties.killed}\n");
    CHECK(std::count_if(d.begin(), d.end(), [](const std::string& s) {
            return s.find(": error: ") != std::string::npos;
          }) == 3);
  }
  SECTION("an unknown expected field") {
    CHECK(Diagnose("lang: en\nclaims:\n  - id: a\n    key: casualties.killed\n"
                   "    pattern: killed {count}\n    examples:\n"
                   "      - {text: x, claim: {valeu: 3}}\n")[0] ==
          Place(7, 27) +
              "error: unknown field 'valeu' in an expected claim (did you mean "
              "'value'?)");
  }
}

TEST_CASE("Key and gazetteer errors", "[claim_rules]") {
  CHECK(Diagnose("", "keys:\n  a.b: {unit: x}\n")[0].find("key 'a.b' needs 'kind'") !=
        std::string::npos);
  CHECK(Diagnose("", "keys:\n  a.b: {kind: cout}\n")[0].find(
            "'kind' must be one of count, date, duration, percent, money (did you mean "
            "'count'?)") != std::string::npos);
  CHECK(Diagnose("", "keys:\n  a.b: {kind: count, part_of: a.c}\n")[0].find(
            "key 'a.b' is part_of 'a.c', which is not a key") != std::string::npos);
  CHECK(Diagnose("", "keys:\n  a.b: {kind: count, event: war, role: start}\n")[0].find(
            "role 'start/end' needs kind 'date'") != std::string::npos);
  CHECK(Diagnose("", "gazetteer:\n  entities:\n    a: {within: b}\n")[0].find(
            "entity 'a' is within 'b', which is not in the gazetteer") != std::string::npos);
  CHECK(Diagnose("", "gazetteer:\n  entities:\n    a: {within: b}\n    b: {within: a}\n")[0].find(
            "ends up within itself") != std::string::npos);
}

TEST_CASE("Malformed YAML is an error, never a crash", "[claim_rules]") {
  for (const char* bad :
       {"claims: [\n", "claims:\n\t- x\n", "claims: {a: b}\n", "claims: 3\n", "claims:\n  - 3\n",
        "claims:\n  - {id: [a], key: b, pattern: c}\n", "keys: [a]\n", "gazetteer: x\n",
        "macros: [a]\n", "claims:\n  - {id: a, key: casualties.killed, pattern: [[x]]}\n",
        "claims:\n  - {id: a, key: casualties.killed, pattern: x, examples: 3}\n",
        "\xff\xfe garbage: ["}) {
    INFO(bad);
    const auto d = Diagnose(bad);
    CHECK(!d.empty());
  }
}

TEST_CASE("Lint warnings: no examples, unused lexicons and macros", "[claim_rules]") {
  const auto d = Diagnose(
      "lang: en\nlexicons:\n  unused: {entries: [x]}\nmacros:\n  m: \"a b\"\n"
      "claims:\n  - {id: a, key: casualties.killed, pattern: \"killed {count}\"}\n");
  CHECK(d == std::vector<std::string>{
                 Place(7, 5) + "warning: rule 'a' has no examples",
                 Place(3, 11) + "warning: lexicon 'unused' is not used by any pattern",
                 Place(5, 3) + "warning: macro 'm' is not used by any pattern"});
}
