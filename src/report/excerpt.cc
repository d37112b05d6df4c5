#include "report/excerpt.h"

#include <cstdlib>
#include <string_view>

namespace figcheck::report {
namespace {

constexpr std::string_view kEllipsis = "\xE2\x80\xA6";  // U+2026

bool IsContinuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// The last `n` code points of s, "…" first when s is longer.
std::string Tail(std::string_view s, uint32_t n) {
  size_t i = s.size();
  for (uint32_t k = 0; k < n && i > 0; ++k) {
    --i;
    while (i > 0 && IsContinuation(s[i])) --i;
  }
  if (i == 0) return std::string(s);
  // Start at a word boundary when one is near, so words are not cut.
  const size_t space = s.find(' ', i);
  if (space != std::string_view::npos && space - i < 12) i = space + 1;
  return std::string(kEllipsis) + std::string(s.substr(i));
}

// The first `n` code points of s, "…" last when s is longer.
std::string Head(std::string_view s, uint32_t n) {
  size_t i = 0;
  for (uint32_t k = 0; k < n && i < s.size(); ++k) {
    ++i;
    while (i < s.size() && IsContinuation(s[i])) ++i;
  }
  if (i >= s.size()) return std::string(s);
  const size_t space = s.rfind(' ', i);
  if (space != std::string_view::npos && i - space < 12) i = space;
  return std::string(s.substr(0, i)) + std::string(kEllipsis);
}

}  // namespace

Excerpt MakeExcerpt(const Claim& claim, uint32_t context) {
  const std::string_view sentence = claim.sentence_text;
  const std::string_view figure = claim.text;
  size_t best = std::string_view::npos;
  if (!figure.empty()) {
    const long expected =
        static_cast<long>(claim.span.begin) - static_cast<long>(claim.sentence_span.begin);
    for (size_t at = sentence.find(figure); at != std::string_view::npos;
         at = sentence.find(figure, at + 1)) {
      if (best == std::string_view::npos || std::labs(static_cast<long>(at) - expected) <
                                                std::labs(static_cast<long>(best) - expected)) {
        best = at;
      }
    }
  }
  Excerpt e;
  if (best == std::string_view::npos) {
    e.before = Head(sentence, 2 * context);
    return e;
  }
  e.before = Tail(sentence.substr(0, best), context);
  e.figure = std::string(figure);
  e.after = Head(sentence.substr(best + figure.size()), context);
  return e;
}

}  // namespace figcheck::report
