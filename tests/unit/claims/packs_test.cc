// The built-in packs: every example and counter-example (what CI runs as
// `figcheck rules test`), and the seed pair's claims.
#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "checker/rule_examples.h"
#include "figcheck/render.h"
#include "oracle.h"
#include "rulebook/rule_book.h"
#include "text/normalize.h"

using namespace figcheck;
using figcheck::testing::Fields;

namespace {

const std::string kRules = std::string(FIGCHECK_SOURCE_DIR) + "/rules";

std::unique_ptr<Checker> BuiltinChecker() {
  CheckerOptions options;
  options.builtin_rules_dir = kRules;
  auto checker = Checker::Create(options);
  INFO(checker.status().ToString());
  REQUIRE(checker.ok());
  return std::move(checker).value();
}

// The claim the fields ask for, made from the real mentions or, failing
// that, from the mention the fields describe.
bool MakesClaim(const Checker& checker, const rulebook::ClaimRule& rule,
                const rulebook::ClaimExample& ex, Fields want, bool* oracle_used) {
  bool named_key = false;
  for (const auto& kv : want) named_key = named_key || kv.first == "key" || kv.first == "rule_id";
  if (!named_key) {
    want.emplace_back("key", rule.key);
    want.emplace_back("rule_id", rule.id);
  }
  const Document doc = testing::ReadText(checker, ex.text, ex.lang, ex.date);
  REQUIRE(doc.valid());
  std::vector<Mention> mentions = checker.Mentions(doc);
  auto made = [&](const std::vector<Mention>& ms) {
    for (const Claim& c : checker.Claims(doc, ms, 0)) {
      if (checker::JsonHasFields(ClaimJson(doc.info(), c), want)) return true;
    }
    return false;
  };
  if (made(mentions)) return true;
  *oracle_used = true;
  auto m = testing::OracleMention(doc, rule.kind, want);
  if (!m) return false;
  mentions = testing::WithMention(mentions, *m);
  if (made(mentions)) return true;
  for (const SentenceTrace& s : checker.Explain(doc, mentions)) {
    UNSCOPED_INFO(s.tagged);
    for (const RuleTrace& t : s.rules) UNSCOPED_INFO("  " << t.rule_id << ": " << t.reason);
  }
  return false;
}

}  // namespace

TEST_CASE("The built-in packs' examples pass, or wait only for the full grammars", "[packs]") {
  auto checker = BuiltinChecker();
  const RuleTestResult r = checker->TestRules({});
  CHECK(r.passed > 50);
  const bool full = testing::FullGrammar(*checker);
  for (const RuleTestFailure& f : r.failures) {
    INFO(Status(StatusCode::kRuleError, f.rule_id, f.where).ToString()
         << "\n  text: " << f.text << "\n  expected: " << f.expected << "\n  got: " << f.actual);
    // With the full grammars in, nothing may fail; until then, only
    // examples whose figure the digits-only extractor cannot read.
    CHECK((!full && f.missing_mention));
  }
}

TEST_CASE("Every claim rule makes its examples' claims from the figures they name", "[packs]") {
  auto checker = BuiltinChecker();
  auto book = rulebook::RuleBook::Load({kRules});
  REQUIRE(book.ok());
  size_t checked = 0, with_oracle = 0;
  for (const rulebook::ClaimRule& rule : (*book)->claim_rules()) {
    CHECK(!rule.examples.empty());
    if (rule.veto) continue;  // its examples are figures it vetoes: TestRules checks those
    for (const rulebook::ClaimExample& ex : rule.examples) {
      for (const Fields& want : ex.claims) {
        INFO(rule.id << " at " << ex.where.path << ":" << ex.where.line << "\n  " << ex.text);
        bool oracle = false;
        CHECK(MakesClaim(*checker, rule, ex, want, &oracle));
        ++checked;
        with_oracle += oracle;
      }
    }
  }
  CHECK(checked > 100);
  WARN(with_oracle << " of " << checked << " expected claims needed a hand-made mention");
}

namespace {

struct SeedClaim {
  std::string text;  // the figure as the full grammar spans it
  Fields figure;     // what the mention holds
  std::string key;
  std::string scope;
};

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

// Claims one seed must yield, and no others.
void CheckSeed(const Checker& checker, const std::string& file,
               const std::vector<SeedClaim>& expected) {
  const std::string path = std::string(FIGCHECK_SHARED_DIR) + "/seeds/" + file;
  DocumentInput input;
  input.info.source_name = path;
  input.bytes = ReadFile(path);
  REQUIRE(!input.bytes.empty());
  auto doc = checker.Read(std::move(input));
  REQUIRE(doc.ok());
  std::vector<Mention> mentions = checker.Mentions(*doc);
  if (!testing::FullGrammar(checker)) {
    const std::map<std::string, rulebook::FigureKind> kinds = {
        {"casualties.killed", rulebook::FigureKind::kCount},
        {"casualties.killed-or-wounded", rulebook::FigureKind::kCount},
        {"casualties.missing", rulebook::FigureKind::kCount},
        {"participants.countries", rulebook::FigureKind::kCount},
        {"event.dates", rulebook::FigureKind::kDate},
        {"war.start", rulebook::FigureKind::kDate},
        {"war.duration", rulebook::FigureKind::kDuration}};
    for (const SeedClaim& s : expected) {
      Fields f = s.figure;
      f.emplace_back("text", s.text);
      auto m = testing::OracleMention(*doc, kinds.at(s.key), f);
      INFO(s.text);
      REQUIRE(m.has_value());
      mentions = testing::WithMention(std::move(mentions), *m);
    }
  }
  std::set<std::tuple<std::string, std::string, std::string>> got, want;
  // Texts compare normalized: a span ends before a dropped tanween.
  for (const Claim& c : checker.Claims(*doc, mentions, 0)) {
    got.insert({c.key, c.scope, text::NormalizeString(c.text)});
  }
  for (const SeedClaim& s : expected) want.insert({s.key, s.scope, text::NormalizeString(s.text)});
  for (const auto& [k, s, t] : got) UNSCOPED_INFO("got  " << k << " @" << s << " «" << t << "»");
  for (const auto& [k, s, t] : want) UNSCOPED_INFO("want " << k << " @" << s << " «" << t << "»");
  CHECK(got == want);
}

}  // namespace

TEST_CASE("The seed pair's claims come out with the right keys and scopes", "[packs][seeds]") {
  auto checker = BuiltinChecker();
  CheckSeed(
      *checker, "000_a1def3d06e77b404.txt",
      {{"نحو 50", {{"value", "50"}, {"qualifier", "approx"}}, "participants.countries", "baku"},
       {"يومي 14 و15 سبتمبر/أيلول 2024",
        {{"from", "2024-09-14"}, {"to", "2024-09-15"}},
        "event.dates",
        "baku"},
       {"44 يوماً", {{"value", "44"}, {"days_low", "44"}}, "war.duration", "karabakh"},
       {"أكثر من 40 ألف",
        {{"value", "40000"}, {"qualifier", "more_than"}},
        "casualties.killed",
        "gaza"}});
  CheckSeed(*checker, "001_e3e6ebe67c5ba3e4.txt",
            {{"50", {{"value", "50"}}, "participants.countries", "baku"},
             {"يومي 14 - 15 سبتمبر/ أيلول الجاري",
              {{"from", "2024-09-14"}, {"to", "2024-09-15"}},
              "event.dates",
              "baku"},
             {"27 سبتمبر/ أيلول 2020", {{"from", "2020-09-27"}}, "war.start", "karabakh"},
             {"44 يوما", {{"value", "44"}, {"days_low", "44"}}, "war.duration", "karabakh"},
             {"أكثر من 40 ألف",
              {{"value", "40000"}, {"qualifier", "more_than"}},
              "casualties.killed",
              "gaza"},
             {"7 أكتوبر 2023", {{"from", "2023-10-07"}}, "war.start", "gaza"},
             {"أكثر من 136 ألف",
              {{"value", "136000"}, {"qualifier", "more_than"}},
              "casualties.killed-or-wounded",
              "gaza"},
             {"ما يزيد على 10 آلاف",
              {{"value", "10000"}, {"qualifier", "more_than"}},
              "casualties.missing",
              "gaza"}});
}
