#include <catch2/catch.hpp>

#include <string>

#include "text/normalize.h"
#include "text/segment.h"

using namespace figcheck;
using namespace figcheck::text;

namespace {
std::vector<std::string> Sentences(const std::string& visible, const std::string& lang = "") {
  NormalizedText norm;
  Normalize(visible, NormalizeOptions{true}, &norm);
  std::vector<Paragraph> paras;
  std::vector<Sentence> sents;
  Segment(norm.text, visible, norm.map, lang, &paras, &sents);
  std::vector<std::string> out;
  for (const Sentence& s : sents) out.push_back(norm.text.substr(s.norm.begin, s.norm.size()));
  return out;
}
}  // namespace

TEST_CASE("Segment keeps English abbreviations and decimals inside sentences", "[segment]") {
  const auto s = Sentences("U.S. officials said prices rose 3.5 percent. Mr. Smith agreed! Did he?");
  REQUIRE(s.size() == 3);
  CHECK(s[0] == "u.s. officials said prices rose 3.5 percent.");
  CHECK(s[1] == "mr. smith agreed!");
  CHECK(s[2] == "did he?");
}

TEST_CASE("Segment splits Arabic on Arabic punctuation", "[segment]") {
  const auto s = Sentences("هل انتهت الحرب؟ قال المسؤول إن 50 دولة شاركت. وأضاف، أن ذلك مهم.");
  REQUIRE(s.size() == 3);
  CHECK(s[0] == "هل انتهت الحرب؟");
  CHECK(s[2] == "واضاف، ان ذلك مهم.");
}

TEST_CASE("Segment treats paragraphs separately and detects their language", "[segment]") {
  NormalizedText norm;
  const std::string visible = "English title\nعنوان عربي\n\n12 34";
  Normalize(visible, NormalizeOptions{true}, &norm);
  std::vector<Paragraph> paras;
  std::vector<Sentence> sents;
  Segment(norm.text, visible, norm.map, "", &paras, &sents);
  REQUIRE(paras.size() == 3);
  CHECK(paras[0].lang == "en");
  CHECK(paras[1].lang == "ar");
  CHECK(paras[2].lang == "und");
  REQUIRE(sents.size() == 3);
  CHECK(sents[1].paragraph == 1);
}

TEST_CASE("Segment does not cut sentences at soft line breaks", "[segment]") {
  // Hard-wrapped: single line breaks are soft, the paragraph spans lines.
  const std::string visible = "The ministers met on Tuesday\nin the capital. They agreed\non terms.";
  NormalizedText norm;
  Normalize(visible, NormalizeOptions{false}, &norm);
  std::vector<Paragraph> paras;
  std::vector<Sentence> sents;
  Segment(norm.text, visible, norm.map, "", &paras, &sents);
  REQUIRE(paras.size() == 1);
  REQUIRE(sents.size() == 2);
  CHECK(norm.text.substr(sents[0].norm.begin, sents[0].norm.size()) ==
        "the ministers met on tuesday in the capital.");
  const figcheck::Span src = norm.map.ToBase(sents[1].norm);
  CHECK(visible.substr(src.begin, src.size()) == "They agreed\non terms.");
}

TEST_CASE("Segment keeps a closing punctuation run with its sentence", "[segment]") {
  const auto s = Sentences("He said \"it ended.\" Then left.\nOne sentence only?!\n\"Quoted.\"");
  REQUIRE(s.size() == 4);
  CHECK(s[0] == "he said \"it ended.\"");
  CHECK(s[1] == "then left.");
  CHECK(s[2] == "one sentence only?!");
  CHECK(s[3] == "\"quoted.\"");
}
