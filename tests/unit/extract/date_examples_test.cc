// Runs the inline examples of the date and duration packs
// (rules/*/dates.yaml, rules/*/durations.yaml) through the extractor and
// compares each expected field with the mention's JSON, as `figcheck rules
// test` will.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdlib>
#include <nlohmann/json.hpp>

#include "date_testing.h"
#include "figcheck/render.h"

using namespace figcheck;
using figcheck::testing::BuiltinRules;

namespace {

// Whether a JSON field holds the expected scalar (numbers compared as
// numbers, booleans and null by their YAML spelling).
bool FieldMatches(const nlohmann::json& got, const std::string& want) {
  if (got.is_number()) {
    char* end = nullptr;
    const double w = std::strtod(want.c_str(), &end);
    return end != want.c_str() && *end == '\0' && std::fabs(got.get<double>() - w) < 1e-9;
  }
  if (got.is_boolean()) return (got.get<bool>() ? "true" : "false") == want;
  if (got.is_null()) return want == "null" || want == "~";
  if (got.is_string()) return got.get<std::string>() == want;
  return false;
}

bool IsDatePack(const std::string& path) {
  return path.find("dates.yaml") != std::string::npos ||
         path.find("durations.yaml") != std::string::npos;
}

}  // namespace

TEST_CASE("The date and duration packs' examples hold", "[dates][examples]") {
  int run = 0;
  for (const rulebook::MentionExample& ex : BuiltinRules()->mention_examples()) {
    if (!IsDatePack(ex.where.path)) continue;
    ++run;
    const std::optional<CivilDate> date =
        ex.date.empty() ? std::nullopt : CivilDate::ParseIso(ex.date);
    const auto doc = testing::MakeDoc(ex.text, ex.lang, date);
    const Document d(doc);
    const std::vector<Mention> got = testing::BuiltinExtractor().Extract(*doc);
    std::string got_text;
    for (const Mention& m : got) got_text += MentionJson(d, m) + "\n";
    INFO(ex.where.path << ":" << ex.where.line << ": " << ex.text << "\n" << got_text);
    REQUIRE(got.size() == ex.mentions.size());
    for (size_t k = 0; k < got.size(); ++k) {
      const nlohmann::json j = nlohmann::json::parse(MentionJson(d, got[k]));
      for (const auto& [field, want] : ex.mentions[k]) {
        INFO("mention " << k << " field " << field << " want " << want);
        CHECK(j.contains(field));
        if (j.contains(field)) CHECK(FieldMatches(j[field], want));
      }
    }
  }
  CHECK(run > 40);
}
