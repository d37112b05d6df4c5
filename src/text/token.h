// Tokens of a normalized sentence: the units every grammar in extract/, every lexicon and
// every claim pattern works on.
//
// The normalized view is already folded (lower case, ASCII digits, Arabic
// letter variants merged), so tokenizing is a byte scan: a token is a run of
// letters (kWord), a run of ASCII digits (kNumber), or one other code point
// (kPunct). Digits glued to letters split into separate tokens with
// `glued` set on the second: "15th" is 15 + th, "و3" is و + 3, "2bn" is
// 2 + bn. Offsets are bytes of the normalized view.
#ifndef FIGCHECK_TEXT_TOKEN_H_
#define FIGCHECK_TEXT_TOKEN_H_

#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#include "figcheck/document.h"

namespace figcheck::text {

enum class TokenType : uint8_t { kWord, kNumber, kPunct };

// The hash the rule packs' word tables use (rulebook::WordSet): the first
// and last eight bytes (overlapping for short words) and the length,
// through MurmurHash3's finalizer so every input bit reaches the low bits
// that pick a slot. Fixed-size loads only: a memcpy of n bytes would be a
// library call.
inline uint64_t WordHash(std::string_view w) {
  uint64_t a = 0, b = 0;
  const size_t n = w.size();
  const char* p = w.data();
  if (n >= 8) {
    std::memcpy(&a, p, 8);
    std::memcpy(&b, p + n - 8, 8);
  } else if (n >= 4) {
    uint32_t x, y;
    std::memcpy(&x, p, 4);
    std::memcpy(&y, p + n - 4, 4);
    a = x | (static_cast<uint64_t>(y) << 32);
  } else if (n > 0) {
    a = static_cast<unsigned char>(p[0]) |
        (static_cast<uint64_t>(static_cast<unsigned char>(p[n / 2])) << 8) |
        (static_cast<uint64_t>(static_cast<unsigned char>(p[n - 1])) << 16);
  }
  uint64_t h = a ^ (b * 0x9E3779B97F4A7C15ULL) ^ (static_cast<uint64_t>(n) << 58);
  h ^= h >> 33;
  h *= 0xFF51AFD7ED558CCDULL;
  h ^= h >> 33;
  h *= 0xC4CEB9FE1A85EC53ULL;
  return h ^ (h >> 33);
}

struct Token {
  uint32_t begin = 0;  // bytes of the normalized view
  uint32_t end = 0;
  TokenType type = TokenType::kWord;
  bool glued = false;  // no space between this token and the previous one
  // WordHash of the token's text, set by Tokenize: a word is looked up in
  // several tables (triggers, date words, each lexicon), and hashed once.
  uint64_t hash = 0;

  uint32_t size() const { return end - begin; }
};

// Appends the tokens of norm[span] to *out (which is cleared first).
void Tokenize(std::string_view norm, Span span, std::vector<Token>* out);

// A sentence's tokens with the text they index.
class TokenView {
 public:
  TokenView(std::string_view norm, const std::vector<Token>& tokens)
      : norm_(norm), tokens_(tokens) {}

  size_t size() const { return tokens_.size(); }
  const Token& operator[](size_t i) const { return tokens_[i]; }
  std::string_view text(size_t i) const {
    return norm_.substr(tokens_[i].begin, tokens_[i].size());
  }
  uint64_t hash(size_t i) const { return tokens_[i].hash; }  // WordHash(text(i))
  bool is(size_t i, TokenType t) const { return i < tokens_.size() && tokens_[i].type == t; }
  bool is_text(size_t i, std::string_view s) const { return i < tokens_.size() && text(i) == s; }
  std::string_view norm() const { return norm_; }
  // Bytes from the start of token i to the end of token j-1.
  Span span(size_t i, size_t j) const { return Span{tokens_[i].begin, tokens_[j - 1].end}; }

 private:
  std::string_view norm_;
  const std::vector<Token>& tokens_;
};

}  // namespace figcheck::text

#endif  // FIGCHECK_TEXT_TOKEN_H_
