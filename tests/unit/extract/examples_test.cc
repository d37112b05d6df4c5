// Every mention example of the built-in rule packs runs through the
// extractor (the same check `figcheck rules test` runs).
#include <catch2/catch.hpp>

#include <iostream>
#include <nlohmann/json.hpp>

#include "extract/example_check.h"
#include "figcheck/render.h"
#include "quantity_test_util.h"
#include "text/text_document.h"

using namespace figcheck;

TEST_CASE("Every example in the built-in rule packs holds", "[examples]") {
  const auto& extractor = testing::BuiltinExtractor();
  const auto& examples = extractor.book().mention_examples();
  REQUIRE(examples.size() >= 20);
  const auto failures = extract::CheckMentionExamples(extractor);
  for (const auto& f : failures) {
    std::cout << f.message << "\n  expected:\n";
    for (const auto& e : f.expected) std::cout << "    " << e << "\n";
    std::cout << "  actual:\n";
    for (const auto& a : f.actual) std::cout << "    " << a << "\n";
  }
  CHECK(failures.empty());
}

TEST_CASE("Example checking reports what differs", "[examples]") {
  rulebook::MentionExample ex;
  ex.text = "نحو 50 دولة";
  ex.lang = "ar";
  ex.where = SourceLocation{"x.yaml", 3, 5};
  ex.mentions = {{{"kind", "number"}, {"value", "50"}, {"low", "45"}, {"qualifier", "approx"}}};
  CHECK_FALSE(extract::CheckMentionExample(testing::BuiltinExtractor(), ex).has_value());
  ex.mentions[0][1].second = "51";
  auto f = extract::CheckMentionExample(testing::BuiltinExtractor(), ex);
  REQUIRE(f.has_value());
  CHECK(f->message == "x.yaml:3:5: example \"نحو 50 دولة\": mention 1: value: expected 51, got 50");
  ex.mentions.push_back({{"kind", "number"}});
  f = extract::CheckMentionExample(testing::BuiltinExtractor(), ex);
  REQUIRE(f.has_value());
  CHECK(f->message.find("expected 2 mention(s), got 1") != std::string::npos);
  CHECK(f->actual.size() == 1);
}

TEST_CASE("Mention fields agree with the JSON mention stream", "[examples]") {
  const auto& extractor = testing::BuiltinExtractor();
  for (const auto& ex : extractor.book().mention_examples()) {
    DocumentInput input;
    input.info.source_name = "x";
    input.bytes = ex.text;
    text::AnalyzeOptions options;
    options.lang = ex.lang;
    auto analyzed = text::Analyze(std::move(input), options);
    REQUIRE(analyzed.ok());
    const Document doc(std::move(analyzed).value());
    for (const Mention& m : extractor.Extract(doc.data())) {
      const auto json = nlohmann::json::parse(MentionJson(doc, m));
      const auto fields = extract::MentionFields(doc, m);
      CHECK(fields.size() == json.size());
      for (const auto& [key, value] : fields) {
        INFO(ex.text << " field " << key);
        REQUIRE(json.contains(key));
        const auto& j = json[key];
        if (j.is_null()) {
          CHECK(value.type == extract::FieldValue::Type::kNull);
        } else if (j.is_number()) {
          CHECK(extract::FieldMatches(j.dump(), value));
        } else if (j.is_boolean()) {
          CHECK(value.text == (j.get<bool>() ? "true" : "false"));
        } else {
          CHECK(value.text == j.get<std::string>());
        }
      }
    }
  }
}
