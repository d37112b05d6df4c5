#include <catch2/catch.hpp>

#include <string>

#include "test_util.h"
#include "text/text_document.h"

using figcheck::CivilDate;
using figcheck::DateOrigin;
using figcheck::DocumentInput;
using figcheck::InputFormat;
using figcheck::StatusCode;
using figcheck::text::Analyze;
using figcheck::text::AnalyzeOptions;
using figcheck::text::TextDocument;

namespace {

std::shared_ptr<const TextDocument> Run(const std::string& bytes, const std::string& name,
                                        const std::string& encoding = "") {
  DocumentInput in;
  in.info.source_name = name;
  in.bytes = bytes;
  in.encoding = encoding;
  auto doc = Analyze(std::move(in), AnalyzeOptions{});
  INFO(doc.status().ToString());
  REQUIRE(doc.ok());
  return std::move(doc).value();
}

std::string SeedPath(const char* name) {
  return figcheck::testing::SharedDir() + "/seeds/" + name;
}

// Every sentence maps back inside the source, in order.
void CheckSentences(const TextDocument& doc) {
  uint32_t last = 0;
  for (const auto& s : doc.sentences) {
    const figcheck::Span src = doc.NormToSource(s.norm);
    REQUIRE(src.end <= doc.source.size());
    REQUIRE(src.begin >= last);
    last = src.begin;
  }
}

}  // namespace

TEST_CASE("Seed 000 decodes, normalizes and segments, and states no date", "[text_document][seed]") {
  const std::string path = SeedPath("000_a1def3d06e77b404.txt");
  const std::string bytes = figcheck::testing::ReadAll(path);
  INFO("seed at " << path);
  REQUIRE_FALSE(bytes.empty());
  auto doc = Run(bytes, path);
  CHECK(doc->encoding == "UTF-8");
  CHECK(doc->source == bytes);
  CHECK(doc->sentences.size() > 10);
  CHECK(doc->paragraphs.at(0).lang == "ar");
  CHECK_FALSE(doc->info.date);
  CHECK(doc->info.date_origin == DateOrigin::kNone);
  CheckSentences(*doc);
  // Normalized: digits ASCII, hamza and ta marbuta folded.
  CHECK(doc->norm.text.find("50") != std::string::npos);
  CHECK(doc->norm.text.find("\xD8\xA9") == std::string::npos);  // no ة left
}

TEST_CASE("Seed 001's scraped dateline gives its date, time and weekday", "[text_document][seed]") {
  const std::string path = SeedPath("001_e3e6ebe67c5ba3e4.txt");
  const std::string bytes = figcheck::testing::ReadAll(path);
  INFO("seed at " << path);
  REQUIRE_FALSE(bytes.empty());
  auto doc = Run(bytes, path);
  REQUIRE(doc->info.date);
  CHECK(*doc->info.date == CivilDate{2024, 9, 17});
  CHECK(doc->info.date_origin == DateOrigin::kDateline);
  CHECK(doc->info.date_minutes == 13 * 60 + 22);
  CHECK(doc->info.date_weekday == 2);
  CHECK(doc->info.date_weekday == doc->info.date->Weekday());
  const std::string span =
      doc->source.substr(doc->info.date_begin, doc->info.date_end - doc->info.date_begin);
  CHECK(span.find("13:22") == 0);
  CHECK(span.find("17/09/2024") != std::string::npos);
  CHECK(doc->sentences.size() > 10);
  CheckSentences(*doc);
}

TEST_CASE("Analyze reads Markdown with front matter through to the source", "[text_document]") {
  const std::string src =
      "---\ndate: 2024-09-17\nsource: Wire\n---\n# Talks in *Baku*\n\nAbout 50 countries "
      "&amp; 3 agencies\ntook part.\n";
  auto doc = Run(src, "report.md");
  REQUIRE(doc->info.date);
  CHECK(doc->info.date_origin == DateOrigin::kFrontMatter);
  CHECK(doc->info.outlet == "Wire");
  REQUIRE(doc->sentences.size() == 2);
  const figcheck::Span s = doc->NormToSource(doc->sentences[1].norm);
  CHECK(doc->SourceText(s) == "About 50 countries &amp; 3 agencies\ntook part.");
  CHECK(doc->NormText(doc->sentences[1].norm) == "about 50 countries & 3 agencies took part.");
}

TEST_CASE("Analyze reads HTML and legacy encodings", "[text_document]") {
  auto html = Run("<p>One &amp; two.</p><p>Three.</p>", "page.html");
  REQUIRE(html->sentences.size() == 2);
  CHECK(html->SourceText(html->NormToSource(html->sentences[0].norm)) == "One &amp; two.");
  // "قال 50." in windows-1256.
  auto legacy = Run("\xDE\xC7\xE1 50.", "x.txt", "windows-1256");
  CHECK(legacy->source == "قال 50.");
  CHECK(legacy->encoding == "windows-1256");
}

TEST_CASE("Analyze fails on binary input and bad front matter", "[text_document]") {
  DocumentInput bin;
  bin.info.source_name = "b";
  bin.bytes = std::string("a\0b", 3);
  auto r = Analyze(std::move(bin), AnalyzeOptions{});
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().code() == StatusCode::kDecodeError);
  DocumentInput fm;
  fm.info.source_name = "f.md";
  fm.bytes = "---\ndate: tomorrow\n---\nx";
  auto f = Analyze(std::move(fm), AnalyzeOptions{});
  REQUIRE_FALSE(f.ok());
  CHECK(f.status().ToString().find("f.md:2:7:") == 0);
}
