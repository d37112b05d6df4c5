#include "text/segment.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <map>
#include <memory>

namespace figcheck::text {
namespace {

// One BreakIterator per language per thread: creating one costs far more
// than using it, and they are not thread-safe.
icu::BreakIterator* SentenceIterator(const std::string& lang) {
  thread_local std::map<std::string, std::unique_ptr<icu::BreakIterator>> cache;
  auto it = cache.find(lang);
  if (it != cache.end()) return it->second.get();
  UErrorCode err = U_ZERO_ERROR;
  const std::string locale = lang == "en" ? "en@ss=standard" : (lang == "und" ? "root" : lang);
  std::unique_ptr<icu::BreakIterator> bi(
      icu::BreakIterator::createSentenceInstance(icu::Locale(locale.c_str()), err));
  if (U_FAILURE(err)) bi.reset();
  return cache.emplace(lang, std::move(bi)).first->second.get();
}

bool HasSentenceEnd(std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == '.' || c == '!' || c == '?' || c == ';') return true;
    if (c == 0xD8 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x9F) return true;  // ؟
    if (c == 0xDB && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x94) return true;  // ۔
    if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
        static_cast<unsigned char>(s[i + 2]) == 0xA6) {
      return true;  // …
    }
  }
  return false;
}

void AddSentence(std::string_view norm, uint32_t b, uint32_t e, uint32_t para,
                 std::vector<Sentence>* out) {
  while (b < e && norm[b] == ' ') ++b;
  while (e > b && norm[e - 1] == ' ') --e;
  if (e > b) out->push_back(Sentence{Span{b, e}, para});
}

}  // namespace

std::string DetectLanguage(std::string_view norm) {
  size_t arabic = 0, latin = 0;
  for (size_t i = 0; i < norm.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(norm[i]);
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
      ++latin;
    } else if (c >= 0xD8 && c <= 0xDB) {  // lead bytes of U+0600..U+06FF
      ++arabic;
    }
  }
  if (arabic == 0 && latin == 0) return "und";
  return arabic >= latin ? "ar" : "en";
}

void Segment(std::string_view norm, std::string_view visible, const OffsetMap& norm_to_visible,
             std::string_view lang, std::vector<Paragraph>* paragraphs,
             std::vector<Sentence>* sentences) {
  paragraphs->clear();
  sentences->clear();
  uint32_t begin = 0;
  const uint32_t n = static_cast<uint32_t>(norm.size());
  while (begin < n) {
    uint32_t end = begin;
    while (end < n && norm[end] != '\n') ++end;
    const std::string_view text = norm.substr(begin, end - begin);
    Paragraph para{Span{begin, end}, lang.empty() ? DetectLanguage(text) : std::string(lang)};
    const uint32_t index = static_cast<uint32_t>(paragraphs->size());
    icu::BreakIterator* bi = HasSentenceEnd(text) ? SentenceIterator(para.lang) : nullptr;
    if (bi == nullptr) {
      AddSentence(norm, begin, end, index, sentences);
    } else {
      const Span vis = norm_to_visible.ToBase(para.norm);
      UErrorCode err = U_ZERO_ERROR;
      UText ut = UTEXT_INITIALIZER;
      utext_openUTF8(&ut, visible.data() + vis.begin, vis.size(), &err);
      bi->setText(&ut, err);
      uint32_t prev = begin;
      if (U_SUCCESS(err)) {
        for (int32_t b = bi->next(); b != icu::BreakIterator::DONE; b = bi->next()) {
          uint32_t cut = norm_to_visible.FromBase(vis.begin + static_cast<uint32_t>(b));
          cut = std::min(std::max(cut, prev), end);
          if (cut >= end) break;
          AddSentence(norm, prev, cut, index, sentences);
          prev = cut;
        }
      }
      AddSentence(norm, prev, end, index, sentences);
      utext_close(&ut);
    }
    paragraphs->push_back(std::move(para));
    begin = end + 1;
  }
}

}  // namespace figcheck::text
