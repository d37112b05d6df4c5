// Numeric references are decoded here; named ones by gumbo itself (its
// table is the HTML5 list of 2,231 names), by parsing the reference alone
// in a tiny document. A page uses few distinct names, so the answers are
// cached per thread and the parser runs once per name.
#include "text/html_entities.h"

#include <gumbo.h>

#include <cstdint>
#include <memory>
#include <unordered_map>

#include "base/utf8.h"

namespace figcheck::text {
namespace {

// HTML5 names are at most 31 characters long (plus ";"): longer runs can
// only match by a prefix, and 32 characters decide every prefix.
constexpr size_t kMaxNameScan = 32;
constexpr size_t kMaxCacheEntries = 4096;

bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// HTML5 reads numeric references to 0x80..0x9F as windows-1252 (0 means
// the code point stays as it is).
constexpr char32_t kWindows1252[32] = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};

bool DecodeNumeric(std::string_view s, EntityRules rules, size_t* consumed, std::string* out) {
  size_t i = 2;  // after "&#"
  const bool hex = i < s.size() && (s[i] == 'x' || s[i] == 'X');
  if (hex) ++i;
  const size_t digits_begin = i;
  uint64_t value = 0;
  for (; i < s.size(); ++i) {
    const int d = hex ? HexValue(s[i]) : (s[i] >= '0' && s[i] <= '9' ? s[i] - '0' : -1);
    if (d < 0) break;
    value = std::min<uint64_t>(value * (hex ? 16 : 10) + static_cast<uint64_t>(d), 0x110000);
  }
  if (i == digits_begin) return false;
  const bool semicolon = i < s.size() && s[i] == ';';
  if (rules == EntityRules::kCommonMark) {
    // CommonMark: 1-7 decimal or 1-6 hex digits, and the ";" is required.
    if (!semicolon || i - digits_begin > (hex ? 6u : 7u)) return false;
  }
  *consumed = i + (semicolon ? 1 : 0);
  char32_t cp = static_cast<char32_t>(value);
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    cp = 0xFFFD;
  } else if (rules == EntityRules::kHtmlText && cp >= 0x80 && cp <= 0x9F &&
             kWindows1252[cp - 0x80] != 0) {
    cp = kWindows1252[cp - 0x80];
  }
  out->clear();
  base::AppendUtf8(cp, out);
  return true;
}

struct OutputCloser {
  void operator()(GumboOutput* o) const { gumbo_destroy_output(&kGumboDefaultOptions, o); }
};

const GumboNode* Body(const GumboOutput* doc) {
  const GumboVector& kids = doc->root->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) {
    const auto* n = static_cast<const GumboNode*>(kids.data[i]);
    if (n->type == GUMBO_NODE_ELEMENT && n->v.element.tag == GUMBO_TAG_BODY) return n;
  }
  return nullptr;
}

// What gumbo makes of `ref` in text content ("x" keeps a decoded tab or
// newline from being dropped as leading whitespace).
std::string GumboTextDecode(std::string_view ref) {
  std::string html(1, 'x');  // (not "x" + ...: GCC 12 warns falsely on that)
  html.append(ref);
  std::unique_ptr<GumboOutput, OutputCloser> doc(gumbo_parse_with_options(
      &kGumboDefaultOptions, html.data(), html.size()));
  std::string text;
  const GumboNode* body = doc ? Body(doc.get()) : nullptr;
  if (body == nullptr) return std::string(ref);
  const GumboVector& kids = body->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) {
    const auto* n = static_cast<const GumboNode*>(kids.data[i]);
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE) text += n->v.text.text;
  }
  if (text.empty() || text[0] != 'x') return std::string(ref);
  return text.substr(1);
}

// What gumbo makes of `ref` in an attribute value, where a name only counts
// whole and with its ";" -- CommonMark's rule.
std::string GumboAttributeDecode(std::string_view ref) {
  std::string html = "<a title=\"";
  html.append(ref);
  html.append("\">");
  std::unique_ptr<GumboOutput, OutputCloser> doc(gumbo_parse_with_options(
      &kGumboDefaultOptions, html.data(), html.size()));
  const GumboNode* body = doc ? Body(doc.get()) : nullptr;
  if (body == nullptr || body->v.element.children.length == 0) return std::string(ref);
  const auto* a = static_cast<const GumboNode*>(body->v.element.children.data[0]);
  if (a->type != GUMBO_NODE_ELEMENT) return std::string(ref);
  const GumboAttribute* title = gumbo_get_attribute(&a->v.element.attributes, "title");
  return title != nullptr ? std::string(title->value) : std::string(ref);
}

bool DecodeNamed(std::string_view s, EntityRules rules, size_t* consumed, std::string* out) {
  size_t i = 1;
  while (i < s.size() && i <= kMaxNameScan && IsAsciiAlnum(s[i])) ++i;
  if (i == 1) return false;
  const bool semicolon = i < s.size() && s[i] == ';';
  if (rules == EntityRules::kCommonMark && !semicolon) return false;
  const std::string_view ref = s.substr(0, i + (semicolon ? 1 : 0));

  thread_local std::unordered_map<std::string, std::string> cache;
  std::string key(1, rules == EntityRules::kHtmlText ? 'h' : 'm');
  key.append(ref);
  auto it = cache.find(key);
  if (it == cache.end()) {
    if (cache.size() >= kMaxCacheEntries) cache.clear();
    std::string decoded = rules == EntityRules::kHtmlText ? GumboTextDecode(ref)
                                                           : GumboAttributeDecode(ref);
    it = cache.emplace(std::move(key), std::move(decoded)).first;
  }
  if (it->second == ref) return false;
  *consumed = ref.size();
  *out = it->second;
  return true;
}

}  // namespace

bool DecodeCharRef(std::string_view s, EntityRules rules, size_t* consumed, std::string* decoded) {
  if (s.size() < 2 || s[0] != '&') return false;
  if (s[1] == '#') return DecodeNumeric(s, rules, consumed, decoded);
  return DecodeNamed(s, rules, consumed, decoded);
}

}  // namespace figcheck::text
