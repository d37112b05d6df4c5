// The claims engine on small packs written here: patterns, competing rules,
// scopes, units, disabling, explain. Mentions are the digits-only
// extractor's (exact ASCII numbers) unless a test makes its own.
#include <unistd.h>

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "figcheck/figcheck.h"
#include "oracle.h"

using namespace figcheck;

namespace {

const char* kKeys = R"(
keys:
  k.a: {kind: count, unit: person}
  k.b: {kind: count, unit: person}
  k.c: {kind: count}
  k.when: {kind: date}
gazetteer:
  clitics: {ar: [و, ب, ال]}
  entities:
    palestine: {type: country, names: {en: [Palestine, Palestinian, Palestinians], ar: [فلسطين, فلسطيني]}}
    gaza: {type: region, within: palestine, names: {en: [Gaza, Gaza Strip], ar: [غزة]}}
    israel: {type: country, names: {en: [Israel, Israeli]}}
    sudan: {type: country, names: {en: [Sudan]}}
)";

// A pack directory holding keys.yaml and rules.yaml.
std::string Pack(const std::string& name, const std::string& rules) {
  const auto dir = std::filesystem::temp_directory_path() /
                   ("figcheck_engine_test_" + std::to_string(::getpid())) / name;
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "keys.yaml") << kKeys;
  std::ofstream(dir / "rules.yaml") << rules;
  return dir.string();
}

std::unique_ptr<Checker> Make(const std::string& pack, std::vector<std::string> disabled = {}) {
  CheckerOptions o;
  o.use_builtin_rules = false;
  o.rule_dirs = {pack};
  o.disabled = std::move(disabled);
  auto c = Checker::Create(o);
  INFO(c.status().ToString());
  REQUIRE(c.ok());
  return std::move(c).value();
}

// "key scope value" for each claim of the text.
std::vector<std::string> Claims(const Checker& checker, const std::string& text,
                                const std::string& lang = "en") {
  const Document doc = testing::ReadText(checker, text, lang);
  std::vector<std::string> out;
  for (const Claim& c : checker.Claims(doc, 0)) {
    out.push_back(c.key + " " + (c.scope.empty() ? "-" : c.scope) + " " + c.text);
  }
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("Patterns: words, gaps, optional parts, alternatives, regexes", "[claims]") {
  auto c = Make(Pack("patterns", R"(
lang: en
claims:
  - {id: gap, key: k.a, pattern: "killed ...2 {count}"}
  - {id: alt, key: k.b, pattern: "(died | perished) in? battle {count}"}
  - {id: re, key: k.c, pattern: "/evacuat\\S*/ {count}"}
)"));
  CHECK(Claims(*c, "Strikes killed at least 12 people.") == V{"k.a - 12"});
  CHECK(Claims(*c, "Strikes killed so very many, 12 people.").empty());
  CHECK(Claims(*c, "They perished in battle 7 times.") == V{"k.b - 7"});
  CHECK(Claims(*c, "They died battle 7 times.") == V{"k.b - 7"});
  CHECK(Claims(*c, "Teams evacuated 30 and evacuating 4.") == V{"k.c - 30", "k.c - 4"});
}

TEST_CASE("Rules compete for a figure: priority, then tokens matched, then gaps, then order",
          "[claims]") {
  SECTION("the longer match wins") {
    auto c = Make(Pack("longer", R"(
lang: en
claims:
  - {id: short, key: k.a, pattern: "{count} killed"}
  - {id: long, key: k.b, pattern: "{count} killed or wounded"}
)"));
    CHECK(Claims(*c, "There were 12 killed or wounded.") == V{"k.b - 12"});
    CHECK(Claims(*c, "There were 12 killed and 5 killed or wounded.") == V{"k.a - 12", "k.b - 5"});
  }
  SECTION("priority beats length") {
    auto c = Make(Pack("priority", R"(
lang: en
claims:
  - {id: short, key: k.a, priority: 1, pattern: "{count} killed"}
  - {id: long, key: k.b, pattern: "{count} killed or wounded"}
)"));
    CHECK(Claims(*c, "There were 12 killed or wounded.") == V{"k.a - 12"});
  }
  SECTION("fewer skipped tokens break a tie") {
    auto c = Make(Pack("skipped", R"(
lang: en
claims:
  - {id: far, key: k.a, pattern: "{count} ...4 killed"}
  - {id: near, key: k.b, pattern: "{count} ...4 wounded"}
)"));
    CHECK(Claims(*c, "12 people were wounded and 3 killed.") == V{"k.b - 12", "k.a - 3"});
  }
}

TEST_CASE("A veto takes its figure from every rule, whatever their priority", "[claims]") {
  const std::string pack = Pack("veto", R"(
lang: en
claims:
  - id: killed
    key: k.a
    priority: 9
    pattern: "killed {count}"
    examples: ["Strikes killed 12 people."]
  - id: rate
    key: k.a
    veto: true
    pattern: "{count} ...3 a year"
    examples:
      - text: "Smoking killed 80 people a year."
        claim: {text: "80"}
    counter_examples: ["Strikes killed 12 people."]
)");
  auto c = Make(pack);
  CHECK(Claims(*c, "Strikes killed 12 people.") == V{"k.a - 12"});
  CHECK(Claims(*c, "Smoking killed 80 people a year.").empty());
  CHECK(Claims(*c, "Smoking killed 80 people a year, and bombs killed 7.") == V{"k.a - 7"});

  const Document doc = testing::ReadText(*c, "Smoking killed 80 people a year.", "en");
  bool vetoed = false, superseded = false;
  for (const SentenceTrace& s : c->Explain(doc)) {
    for (const RuleTrace& r : s.rules) {
      vetoed = vetoed || (r.rule_id == "rate" && r.outcome == RuleTrace::Outcome::kVetoed);
      superseded = superseded || (r.rule_id == "killed" &&
                                  r.outcome == RuleTrace::Outcome::kSuperseded &&
                                  r.reason.find("a veto") != std::string::npos);
    }
  }
  CHECK(vetoed);
  CHECK(superseded);

  // Its examples are figures it vetoes; a failing one names what it vetoed.
  CHECK(c->TestRules({}).failed == 0);
  std::ofstream(std::filesystem::path(pack) / "rules.yaml", std::ios::app) << R"(
  - id: rate-wrong
    key: k.a
    veto: true
    pattern: "{count} ...3 a decade"
    examples: ["Smoking killed 80 people a year."]
)";
  const RuleTestResult r = Make(pack)->TestRules({});
  REQUIRE(r.failed == 1);
  CHECK(r.failures[0].rule_id == "rate-wrong");
  CHECK(r.failures[0].actual == "no figure vetoed");
}

TEST_CASE("veto must be true or false", "[claims]") {
  const std::string pack = Pack("veto-bad", R"(
lang: en
claims:
  - {id: v, key: k.a, veto: maybe, pattern: "{count} a year"}
)");
  CheckerOptions o;
  o.use_builtin_rules = false;
  o.rule_dirs = {pack};
  auto c = Checker::Create(o);
  REQUIRE_FALSE(c.ok());
  CHECK(c.status().ToString().find("veto") != std::string::npos);
}

TEST_CASE("A gap between a figure at a pattern's edge and the rest skips no figure it could bind",
          "[claims]") {
  auto c = Make(Pack("edge_gaps", R"(
lang: en
claims:
  - {id: after, key: k.a, pattern: "{count} ...4 injured"}
  - {id: before, key: k.b, pattern: "toll ...4 {count}"}
  - {id: opt, key: k.c, pattern: "{count} people? ...3 missing"}
  - {id: inner, key: k.c, pattern: "dead ...4 is {count}"}
)"));
  // The words after the gap are about the nearer figure.
  CHECK(Claims(*c, "The toll has risen to 27, with 150 people injured.") ==
        V{"k.b - 27", "k.a - 150"});
  // An optional element between the figure and the gap changes nothing.
  CHECK(Claims(*c, "Some 12 people, and 3 more, are missing.") == V{"k.c - 3"});
  // A gap that does not reach the figure may skip figures.
  CHECK(Claims(*c, "The dead in 2 towns is 9.") == V{"k.c - 9"});
}

TEST_CASE("Arabic: clitics on lexicon words, spellings folded by the normalizer", "[claims]") {
  auto c = Make(Pack("arabic", R"(
lang: ar
lexicons:
  dead:
    clitics: [و, ال, لل]
    entries: [قتلى]
  toll: {entries: [حصيلة]}
claims:
  - {id: toll, key: k.a, pattern: "{toll} {dead} ...3 {count}"}
  - {id: literal, key: k.b, pattern: "عدد الجرحى {count}"}
)"));
  // "حصيلة" is written with ta marbuta, the text with ha; "القتلى" carries ال.
  CHECK(Claims(*c, "ارتفعت حصيله القتلى في غزة إلى 50.", "ar") == V{"k.a gaza 50"});
  CHECK(Claims(*c, "وبلغ عدد الجرحى 120.", "ar") == V{"k.b - 120"});
}

TEST_CASE("The prefilter lets through every rule that can match", "[claims]") {
  // Each rule needs words a sentence must hold for it to be tried: a
  // lexicon's entries with any clitic ("لل" for "ال"), either alternative
  // of a group in a macro, a place for {scope}, a placeholder for {count}.
  auto c = Make(Pack("prefilter", R"yaml(
lang: ar
lexicons:
  dead:
    clitics: [و, لل]
    entries: [القتلى]
macros:
  toll: "(حصيلة | عدد)"
claims:
  - {id: lam, key: k.a, pattern: "{toll} {dead} ...3 {count}"}
  - {id: scope, key: k.b, pattern: "قصف على {scope} ...2 {count}"}
)yaml"));
  CHECK(Claims(*c, "ارتفع عدد للقتلى إلى 50.", "ar") == V{"k.a - 50"});
  CHECK(Claims(*c, "ارتفعت حصيلة والقتلى إلى 50.", "ar") == V{"k.a - 50"});
  CHECK(Claims(*c, "تواصل قصف على غزة مع 12 غارة.", "ar") == V{"k.b gaza 12"});
  CHECK(Claims(*c, "تواصل قصف على المدينة مع 12 غارة.", "ar").empty());
}

TEST_CASE("Scope: a {scope} slot, the most specific entity, the nearest, the sentence before",
          "[claims]") {
  auto c = Make(Pack("scope", R"(
lang: en
claims:
  - {id: on, key: k.a, pattern: "war on {scope} ...3 killed {count}"}
  - {id: killed, key: k.b, pattern: "killed {count}"}
)"));
  // The slot names it, though Israel is nearer.
  CHECK(Claims(*c, "The war on Gaza by Israel killed 40 people.") == V{"k.a gaza 40"});
  // Palestinians encloses... no: Palestine encloses Gaza, so Gaza wins.
  CHECK(Claims(*c, "In Gaza, strikes killed 40 Palestinians.") == V{"k.b gaza 40"});
  // The nearest before the figure beats one after it.
  CHECK(Claims(*c, "Israel said strikes in Sudan killed 9 near the border with Gaza.") ==
        V{"k.b sudan 9"});
  // A qualifier right after the figure names what is counted.
  CHECK(Claims(*c, "Israel said its strikes killed 9 Palestinians.") == V{"k.b palestine 9"});
  // The previous sentence of the paragraph lends its entity; a new
  // paragraph does not.
  CHECK(Claims(*c, "Fighting went on in Sudan. Strikes killed 9 people.") == V{"k.b sudan 9"});
  CHECK(Claims(*c, "Fighting went on in Sudan.\n\nStrikes killed 9 people.") == V{"k.b - 9"});
  // Quote marks around a name do not hide it.
  CHECK(Claims(*c, "The war on \"Gaza\" killed 40 people.") == V{"k.a gaza 40"});
}

TEST_CASE("Scope: a place named as a neighbour is set aside", "[claims]") {
  auto c = Make(Pack("set_aside", R"(
lang: en
lexicons:
  scope_set_aside: {entries: [border with, bordering]}
claims:
  - {id: killed, key: k.a, pattern: "{count} killed"}
)"));
  // Israel is nearer to the figure, but only as the border.
  CHECK(Claims(*c, "In Gaza, near the border with Israel, 12 killed.") == V{"k.a gaza 12"});
  // Without the lexicon's words, the nearest wins as before.
  CHECK(Claims(*c, "In Gaza, near Israel, 12 killed.") == V{"k.a israel 12"});
  // A sentence whose only place is a neighbour takes the sentence before.
  CHECK(Claims(*c, "Fighting went on in Sudan. Near the border with Israel, 3 killed.") ==
        V{"k.a sudan 3"});
  // The explanation names what was set aside and why.
  const Document doc = testing::ReadText(*c, "In Gaza, near the border with Israel, 12 killed.", "en");
  bool said = false;
  for (const SentenceTrace& s : c->Explain(doc, c->Mentions(doc))) {
    for (const RuleTrace& t : s.rules) {
      said = said || t.reason.find("israel (after «border with»)") != std::string::npos;
    }
  }
  CHECK(said);
}

TEST_CASE("Claims carry units, places and self-contained text", "[claims]") {
  auto c = Make(Pack("fields", R"(
lang: en
claims:
  - {id: people, key: k.a, pattern: "killed {count}"}
  - {id: families, key: k.a, unit: family, pattern: "displaced {count} families"}
)"));
  const Document doc = testing::ReadText(
      *c, "Line one.\nStrikes  killed 12\tpeople. Floods displaced 30 families.", "en");
  const std::vector<Claim> claims = c->Claims(doc, 3);
  REQUIRE(claims.size() == 2);
  CHECK(claims[0].id == "3:1");
  CHECK(claims[0].source == 3);
  CHECK(claims[0].unit == "person");
  CHECK(claims[0].text == "12");
  CHECK(claims[0].begin.line == 2);
  CHECK(claims[0].begin.column == 17);
  CHECK(claims[0].sentence_text == "Strikes killed 12 people.");
  CHECK(claims[0].kind == "count");
  CHECK(claims[1].unit == "family");
  CHECK(claims[1].rule_id == "families");
}

TEST_CASE("A year bound as a date is the whole year", "[claims]") {
  auto c = Make(Pack("year", R"(
lang: en
claims:
  - {id: began, key: k.when, pattern: "began in {date}"}
)"));
  const Document doc = testing::ReadText(*c, "The war began in 2020.", "en");
  std::vector<Mention> mentions = c->Mentions(doc);
  REQUIRE(mentions.size() == 1);
  mentions[0].kind = MentionKind::kYear;  // what the full grammar reads
  const std::vector<Claim> claims = c->Claims(doc, mentions, 0);
  REQUIRE(claims.size() == 1);
  REQUIRE(claims[0].figure.date.has_value());
  CHECK(claims[0].figure.date->from == CivilDate{2020, 1, 1});
  CHECK(claims[0].figure.date->to == CivilDate{2020, 12, 31});
}

TEST_CASE("Only mentions of the slot's kind bind, and text cannot forge a placeholder", "[claims]") {
  auto c = Make(Pack("kinds", R"(
lang: en
claims:
  - {id: when, key: k.when, pattern: "began on {date}"}
  - {id: n, key: k.a, pattern: "killed {count}"}
)"));
  CHECK(Claims(*c, "The war began on 7 October.").empty());  // 7 is a number here
  CHECK(Claims(*c,
               "They killed \xEE\x80\x80n0 and \xEE\x80\x80"
               "d1 people.")
            .empty());
  CHECK(Claims(*c, "No figures at all.").empty());
  CHECK(Claims(*c, "قتل 5 أشخاص", "ar").empty());  // no Arabic rules
}

TEST_CASE("Disabling rules by id, by key, by prefix", "[claims]") {
  const std::string pack = Pack("disable", R"(
lang: en
claims:
  - {id: en.a, key: k.a, pattern: "killed {count}"}
  - {id: en.b, key: k.b, pattern: "wounded {count}"}
)");
  CHECK(Claims(*Make(pack, {"en.a"}), "killed 3, wounded 4") == V{"k.b - 4"});
  CHECK(Claims(*Make(pack, {"k.b"}), "killed 3, wounded 4") == V{"k.a - 3"});
  CHECK(Claims(*Make(pack, {"k.*"}), "killed 3, wounded 4").empty());
  CheckerOptions o;
  o.use_builtin_rules = false;
  o.rule_dirs = {pack};
  o.disabled = {"en.c"};
  auto bad = Checker::Create(o);
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().message() == "disable: 'en.c' matches no rule id or claim key");
}

TEST_CASE("Explain: what fired, what lost, what came close and why", "[claims]") {
  auto c = Make(Pack("explain", R"(
lang: en
lexicons:
  hurt: {entries: [wounded, injured]}
claims:
  - {id: short, key: k.a, pattern: "{count} killed"}
  - {id: long, key: k.b, pattern: "{count} killed or wounded"}
  - {id: hurt, key: k.c, pattern: "{hurt} {count}"}
  - {id: when, key: k.when, pattern: "{hurt} on {date}"}
)"));
  const Document doc =
      testing::ReadText(*c, "In Gaza, 12 killed or wounded and injured many.", "en");
  const auto traces = c->Explain(doc);
  REQUIRE(traces.size() == 1);
  const SentenceTrace& s = traces[0];
  CHECK(s.tagged == "in gaza , ⟨number#0⟩ killed or wounded and injured many .");
  CHECK(s.entities == std::vector<std::string>{"gaza"});
  std::map<std::string, const RuleTrace*> by;
  for (const RuleTrace& t : s.rules) by[t.rule_id] = &t;
  REQUIRE(by.count("long"));
  CHECK(by["long"]->outcome == RuleTrace::Outcome::kFired);
  CHECK(by["long"]->claim.scope == "gaza");
  CHECK(by["long"]->matched == "⟨number#0⟩ killed or wounded");
  REQUIRE(by.count("short"));
  CHECK(by["short"]->outcome == RuleTrace::Outcome::kSuperseded);
  CHECK(by["short"]->reason ==
        "rule 'long' won the same figure: more tokens matched (4 against 2)");
  REQUIRE(by.count("hurt"));
  CHECK(by["hurt"]->outcome == RuleTrace::Outcome::kNearMiss);
  CHECK(by["hurt"]->reason ==
        "found {hurt} «wounded»; its words are here, but not in the pattern's order or "
        "within its gaps");
  REQUIRE(by.count("when"));
  CHECK(by["when"]->reason ==
        "found {hurt} «wounded»; but the sentence has no mention for its {date} slot "
        "(it has: number)");
}
