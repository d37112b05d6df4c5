#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

#include "base/utf8.h"
#include "text/normalize.h"

using figcheck::Span;
using figcheck::text::Normalize;
using figcheck::text::NormalizedText;
using figcheck::text::NormalizeOptions;
using figcheck::text::NormalizeString;

TEST_CASE("Normalize folds Arabic spelling variants", "[normalize]") {
  CHECK(NormalizeString("يوماً") == NormalizeString("يوما"));
  CHECK(NormalizeString("يوماً") == "يوما");
  CHECK(NormalizeString("أكثر") == "اكثر");
  CHECK(NormalizeString("إبراهيم") == "ابراهيم");
  CHECK(NormalizeString("آلاف") == "الاف");
  CHECK(NormalizeString("مؤتمر") == "موتمر");
  CHECK(NormalizeString("رئيس") == "رييس");
  CHECK(NormalizeString("على") == "علي");
  CHECK(NormalizeString("دولة") == "دوله");
  CHECK(NormalizeString("الـ15") == "ال15");             // tatweel
  CHECK(NormalizeString("عُقِد") == "عقد");               // harakat
  CHECK(NormalizeString("ﻻ") == "لا");                     // presentation form
  CHECK(NormalizeString("ا\u0654") == NormalizeString("أ"));  // decomposed hamza
}

TEST_CASE("Normalize maps digits and separators of every script to ASCII", "[normalize]") {
  CHECK(NormalizeString("١٢٣٤٥٦٧٨٩٠") == "1234567890");
  CHECK(NormalizeString("۱۲۳") == "123");
  CHECK(NormalizeString("٣٫٥") == "3.5");
  CHECK(NormalizeString("١٬٢٣٤") == "1,234");
  CHECK(NormalizeString("٥٠٪") == "50%");
  CHECK(NormalizeString("４０") == "40");  // fullwidth
  CHECK(NormalizeString("40–50") == "40-50");
  CHECK(NormalizeString("\u2212" "5") == "-5");
}

TEST_CASE("Normalize folds case, quotes and invisible marks", "[normalize]") {
  CHECK(NormalizeString("The U.S. Army") == "the u.s. army");
  CHECK(NormalizeString("“Quote”") == "\"quote\"");
  CHECK(NormalizeString("a\u200Bb\u200Fc\u202Bd") == "abcd");
  CHECK(NormalizeString("Café") == "cafe");
  CHECK(NormalizeString("Cafe\u0301") == "cafe");
  CHECK(NormalizeString("İstanbul") == "istanbul");
}

TEST_CASE("Normalize collapses whitespace and keeps paragraph breaks", "[normalize]") {
  NormalizedText out;
  Normalize("  one\u00A0two \t three\n\nfour\nfive  ", NormalizeOptions{false}, &out);
  CHECK(out.text == "one two three\nfour five");
  Normalize("one\nfive", NormalizeOptions{true}, &out);
  CHECK(out.text == "one\nfive");
  Normalize("one\r\n\r\nfive\u2029six\u2028seven", NormalizeOptions{false}, &out);
  CHECK(out.text == "one\nfive\nsix seven");
  Normalize("", NormalizeOptions{}, &out);
  CHECK(out.text.empty());
  CHECK(out.map.out_size() == 0);
  Normalize(" \n\t ", NormalizeOptions{}, &out);
  CHECK(out.text.empty());
}

namespace {

// Fragments that exercise every rule: Arabic with marks, presentation
// forms, digits of three scripts, Latin of both cases, whitespace of every
// kind, invisible marks and controls.
const std::vector<std::string> kFragments = {
    "قالن", "يوماً", "أكثر", "إلى", "آلاف", "مؤتمر", "ـ", "الـ", "ﻻ", "ﷲ", "عُقِد", "١٢", "٣٫٥",
    "۱۲", "٬", "٪", "40", "3.5", "1,234", "U.S.", "Hello", "WORLD", "café", "e\u0301", "ß",
    "İ", "ﬁ", " ", "  ", "\t", "\n", "\n\n", "\r\n", "\u00A0", "\u2009", "\u200B", "\u200F",
    "\u202B", "\u2029", "\u2028", "\x01", "“", "”", "–", "—", "؟", "،", "!", ".", "x", "ى", "ة"};

std::string RandomText(std::mt19937& rng) {
  std::string s;
  const int n = static_cast<int>(rng() % 30);
  for (int i = 0; i < n; ++i) s += kFragments[rng() % kFragments.size()];
  return s;
}

}  // namespace

TEST_CASE("Normalize keeps the way back for every byte", "[normalize][property]") {
  std::mt19937 rng(42);
  NormalizedText out;
  for (int round = 0; round < 3000; ++round) {
    const std::string in = RandomText(rng);
    const bool lines = rng() % 2;
    Normalize(in, NormalizeOptions{lines}, &out);
    REQUIRE(out.map.out_size() == out.text.size());
    REQUIRE(figcheck::base::FindInvalidUtf8(out.text) == std::string::npos);
    // The map is monotone and stays inside the input.
    uint32_t last_in = 0;
    for (const auto& p : out.map.pieces()) {
      REQUIRE(p.in_begin >= last_in);
      REQUIRE(p.in_begin + p.in_len <= in.size());
      last_in = p.in_begin;
    }
    // Spans that start and end on piece boundaries (or code point boundaries
    // inside copies) and not on whitespace map to source spans whose own
    // normalization is the span.
    std::vector<uint32_t> cuts;
    for (const auto& p : out.map.pieces()) {
      if (p.copy) {
        for (uint32_t k = 0; k < p.out_len; ++k) {
          if ((static_cast<unsigned char>(out.text[p.out_begin + k]) & 0xC0) != 0x80) {
            cuts.push_back(p.out_begin + k);
          }
        }
      } else {
        cuts.push_back(p.out_begin);
      }
    }
    cuts.push_back(static_cast<uint32_t>(out.text.size()));
    for (size_t a = 0; a + 1 < cuts.size(); ++a) {
      for (size_t b = a + 1; b < cuts.size() && b < a + 8; ++b) {
        const Span norm{cuts[a], cuts[b]};
        const std::string piece = out.text.substr(norm.begin, norm.size());
        if (piece.front() == ' ' || piece.front() == '\n' || piece.back() == ' ' ||
            piece.back() == '\n') {
          continue;
        }
        const Span src = out.map.ToBase(norm);
        const std::string back = in.substr(src.begin, src.size());
        INFO("input: " << in << " | span: " << piece << " | source: " << back);
        NormalizedText again;
        Normalize(back, NormalizeOptions{lines}, &again);
        REQUIRE(again.text == piece);
      }
    }
  }
}
