#include "text/token.h"

#include <unicode/uchar.h>

#include "base/utf8.h"

namespace figcheck::text {
namespace {

enum class CharClass : uint8_t { kSpace, kLetter, kDigit, kOther };

// Letters of the Arabic block: hamza..yeh, the dagger alef and the
// extended letters; everything else there (comma, semicolon, question mark,
// percent, digits already mapped to ASCII) is punctuation.
bool ArabicLetter(char32_t c) {
  return (c >= 0x0621 && c <= 0x064A) || (c >= 0x066E && c <= 0x06D3) || c == 0x06D5 ||
         (c >= 0x06FA && c <= 0x06FC) || (c >= 0x0750 && c <= 0x077F);
}

CharClass Classify(std::string_view s, size_t i, int* len) {
  const unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    *len = 1;
    if (c == ' ' || c == '\n') return CharClass::kSpace;
    if (c >= '0' && c <= '9') return CharClass::kDigit;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return CharClass::kLetter;
    return CharClass::kOther;
  }
  // The Arabic block (lead bytes D8..DB) without a call: most letters of
  // Arabic text, and this runs for every one of them, twice (mentions and
  // claims each tokenize).
  if (c >= 0xD8 && c <= 0xDB && i + 1 < s.size()) {
    const unsigned char c1 = static_cast<unsigned char>(s[i + 1]);
    if ((c1 & 0xC0) == 0x80) {
      *len = 2;
      const char32_t a = (char32_t{c & 0x1Fu} << 6) | (c1 & 0x3Fu);
      return ArabicLetter(a) ? CharClass::kLetter : CharClass::kOther;
    }
  }
  char32_t cp = 0;
  *len = base::DecodeUtf8(s, i, &cp);
  if (*len == 0) {
    *len = 1;
    return CharClass::kOther;
  }
  if (cp >= 0x0600 && cp <= 0x06FF) return ArabicLetter(cp) ? CharClass::kLetter : CharClass::kOther;
  // Rare outside Arabic and ASCII: ask ICU.
  return u_isalpha(static_cast<UChar32>(cp)) ? CharClass::kLetter : CharClass::kOther;
}

}  // namespace

void Tokenize(std::string_view norm, Span span, std::vector<Token>* out) {
  out->clear();
  size_t i = span.begin;
  const size_t end = span.end;
  bool after_space = true;
  while (i < end) {
    int len = 1;
    const CharClass cls = Classify(norm, i, &len);
    if (cls == CharClass::kSpace) {
      after_space = true;
      i += static_cast<size_t>(len);
      continue;
    }
    Token t;
    t.begin = static_cast<uint32_t>(i);
    t.glued = !after_space && !out->empty();
    after_space = false;
    i += static_cast<size_t>(len);
    if (cls == CharClass::kLetter || cls == CharClass::kDigit) {
      t.type = cls == CharClass::kLetter ? TokenType::kWord : TokenType::kNumber;
      while (i < end) {
        int l2 = 1;
        if (Classify(norm, i, &l2) != cls) break;
        i += static_cast<size_t>(l2);
      }
    } else {
      t.type = TokenType::kPunct;
    }
    t.end = static_cast<uint32_t>(i);
    t.hash = WordHash(norm.substr(t.begin, t.end - t.begin));
    out->push_back(t);
  }
}

}  // namespace figcheck::text
