#include "text/segment.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <map>
#include <memory>
#include <vector>

#include "base/utf8.h"

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

// Bytes that may start sentence-ending punctuation: . ! ? ; themselves,
// and the lead bytes of ؟ (D8 9F), ۔ (DB 94) and … (E2 80 A6).
constexpr std::array<bool, 256> MakeSentenceEndLeads() {
  std::array<bool, 256> t{};
  for (unsigned char c : {'.', '!', '?', ';'}) t[c] = true;
  t[0xD8] = t[0xDB] = t[0xE2] = true;
  return t;
}
constexpr auto kSentenceEndLead = MakeSentenceEndLeads();

bool HasSentenceEnd(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  for (size_t i = 0; i < n; ++i) {
    if (!kSentenceEndLead[p[i]]) continue;
    const unsigned char c = p[i];
    if (c < 0x80) return true;
    if (c == 0xD8 && i + 1 < n && p[i + 1] == 0x9F) return true;  // ؟
    if (c == 0xDB && i + 1 < n && p[i + 1] == 0x94) return true;  // ۔
    if (c == 0xE2 && i + 2 < n && p[i + 1] == 0x80 && p[i + 2] == 0xA6) return true;  // …
  }
  return false;
}

// Whether sentence-ending punctuation appears before the paragraph's
// closing run (its final ". ", "?\"", ".)" ...). When it does not, the
// paragraph is one sentence, and ICU need not be asked.
bool HasInnerSentenceEnd(std::string_view s) {
  size_t end = s.size();
  while (end > 0) {
    const unsigned char c = static_cast<unsigned char>(s[end - 1]);
    if (c == '.' || c == '!' || c == '?' || c == ';' || c == '"' || c == '\'' || c == ')' ||
        c == ']' || c == '}' || c == ' ') {
      --end;
    } else if (end >= 2 && ((c == 0x9F && static_cast<unsigned char>(s[end - 2]) == 0xD8) ||
                            (c == 0x94 && static_cast<unsigned char>(s[end - 2]) == 0xDB))) {
      end -= 2;  // ؟ ۔
    } else if (end >= 3 && c == 0xA6 && s.compare(end - 3, 3, "\xE2\x80\xA6") == 0) {
      end -= 3;  // …
    } else {
      break;
    }
  }
  return HasSentenceEnd(s.substr(0, end));
}

// The paragraph's visible text as UTF-16, for ICU, with the UTF-8 offset of
// every UTF-16 unit. Converting once up front and handing ICU the UChar
// provider is several times faster than ICU's UTF-8 UText, which converts
// small chunks again and again as the sentence rules look back and ahead.
// Line separators become spaces: a paragraph of the view may span several
// visible lines (hard-wrapped text), and ICU would end a sentence at each.
class Utf16Buffer {
 public:
  void Assign(std::string_view utf8) {
    const auto* p = reinterpret_cast<const unsigned char*>(utf8.data());
    const size_t n = utf8.size();
    units_.resize(n);  // UTF-16 never needs more units than UTF-8 has bytes
    offsets_.resize(n + 1);
    size_t u = 0;
    for (size_t i = 0; i < n;) {
      const unsigned char c = p[i];
      if (c < 0x80) {
        units_[u] = c == '\n' || c == '\r' ? u' ' : static_cast<UChar>(c);
        offsets_[u++] = static_cast<uint32_t>(i++);
        continue;
      }
      char32_t cp;
      size_t len;
      if (c < 0xE0 && i + 1 < n && (p[i + 1] & 0xC0) == 0x80) {  // two bytes: Arabic
        cp = (char32_t{c & 0x1Fu} << 6) | (p[i + 1] & 0x3Fu);
        len = 2;
      } else {
        char32_t slow = 0xFFFD;  // the visible text is valid UTF-8; if not, U+FFFD
        const int l = base::DecodeUtf8(utf8, i, &slow);
        cp = l == 0 ? 0xFFFD : slow;
        len = l == 0 ? 1 : static_cast<size_t>(l);
      }
      if (cp == 0x85 || cp == 0x2028 || cp == 0x2029) cp = ' ';
      if (cp >= 0x10000) {
        units_[u] = static_cast<UChar>(0xD7C0 + (cp >> 10));
        offsets_[u++] = static_cast<uint32_t>(i);
        units_[u] = static_cast<UChar>(0xDC00 | (cp & 0x3FF));
      } else {
        units_[u] = static_cast<UChar>(cp);
      }
      offsets_[u++] = static_cast<uint32_t>(i);
      i += len;
    }
    size_ = static_cast<int32_t>(u);
    offsets_[u] = static_cast<uint32_t>(n);
  }
  const UChar* data() const { return units_.data(); }
  int32_t size() const { return size_; }

  // Byte offset in the UTF-8 text of UTF-16 index `u16`.
  uint32_t Utf16ToUtf8(int32_t u16) const {
    return offsets_[static_cast<size_t>(std::clamp<int32_t>(u16, 0, size()))];
  }

 private:
  std::vector<UChar> units_;
  std::vector<uint32_t> offsets_;
  int32_t size_ = 0;
};

void AddSentence(std::string_view norm, uint32_t b, uint32_t e, uint32_t para,
                 std::vector<Sentence>* out) {
  while (b < e && norm[b] == ' ') ++b;
  while (e > b && norm[e - 1] == ' ') --e;
  if (e > b) out->push_back(Sentence{Span{b, e}, para});
}

}  // namespace

std::string DetectLanguage(std::string_view norm) {
  // Branch-free counts, in a loop the compiler vectorizes: Latin letters,
  // and lead bytes of U+0600..U+06FF (D8..DB).
  const auto* p = reinterpret_cast<const unsigned char*>(norm.data());
  const size_t n = norm.size();
  uint32_t arabic = 0, latin = 0;
  for (size_t i = 0; i < n; ++i) {
    latin += static_cast<unsigned char>((p[i] | 0x20) - 'a') < 26 ? 1u : 0u;
    arabic += static_cast<unsigned char>(p[i] - 0xD8) < 4 ? 1u : 0u;
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
    const void* nl = std::memchr(norm.data() + begin, '\n', n - begin);
    const uint32_t end = nl == nullptr ? n : static_cast<uint32_t>(static_cast<const char*>(nl) - norm.data());
    const std::string_view text = norm.substr(begin, end - begin);
    Paragraph para{Span{begin, end}, lang.empty() ? DetectLanguage(text) : std::string(lang)};
    const uint32_t index = static_cast<uint32_t>(paragraphs->size());
    icu::BreakIterator* bi = HasInnerSentenceEnd(text) ? SentenceIterator(para.lang) : nullptr;
    if (bi == nullptr) {
      AddSentence(norm, begin, end, index, sentences);
    } else {
      const Span vis = norm_to_visible.ToBase(para.norm);
      thread_local Utf16Buffer u16;
      UErrorCode err = U_ZERO_ERROR;
      UText ut = UTEXT_INITIALIZER;
      u16.Assign(visible.substr(vis.begin, vis.size()));
      utext_openUChars(&ut, u16.data(), u16.size(), &err);
      if (U_SUCCESS(err)) bi->setText(&ut, err);
      uint32_t prev = begin;
      if (U_SUCCESS(err)) {
        for (int32_t b = bi->next(); b != icu::BreakIterator::DONE; b = bi->next()) {
          uint32_t cut = norm_to_visible.FromBase(vis.begin + u16.Utf16ToUtf8(b));
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
