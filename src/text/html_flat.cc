// A flat, linear-time reading of HTML for documents too deeply nested for
// the tree builder (html.cc), and the depth estimate that picks it.
//
// Both scan tags with a small lexer that knows comments and the raw-text
// elements (script, style, ...) whose content is not markup. The estimate
// counts start tags minus end tags, leaving out void elements (<br>, <img>)
// and elements whose end tag may be omitted (<p>, <li>, <td>, ...), which
// the parser closes by itself and so do not nest. The flat reader keeps all
// text outside tags, decodes entities, drops the content of script, style,
// title, textarea, noscript and template, and ends paragraphs at block tags;
// it cannot see which elements are hidden.
#include <algorithm>
#include <array>
#include <string>

#include "text/html_entities.h"
#include "text/markup_internal.h"
#include "text/visible_builder.h"

namespace figcheck::text {
namespace {

constexpr std::array<std::string_view, 20> kVoid = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
    "param", "source", "track", "wbr", "keygen", "basefont", "bgsound", "frame", "image",
    "isindex"};
constexpr std::array<std::string_view, 18> kOptionalEnd = {
    "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rb", "rt", "rtc", "rp",
    "thead", "tbody", "tfoot", "colgroup", "caption"};
// Elements whose content is not markup (or, for the flat reader, not shown).
constexpr std::array<std::string_view, 8> kRawText = {
    "script", "style", "title", "textarea", "noscript", "template", "xmp", "iframe"};
constexpr std::array<std::string_view, 40> kBlock = {
    "address", "article", "aside", "blockquote", "br", "caption", "center", "dd", "details",
    "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
    "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre",
    "section", "summary", "table", "td", "th", "tr", "ul"};

template <size_t N>
bool In(const std::array<std::string_view, N>& set, std::string_view name) {
  return std::find(set.begin(), set.end(), name) != set.end();
}

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

// One tag at html[i] == '<', or a comment.
struct Tag {
  bool is_tag = false;   // false: a "<" that starts no tag (literal text)
  bool end_tag = false;
  bool self_closing = false;
  std::string name;      // lower case; empty for comments and <!...>, <?...>
  size_t end = 0;        // just past the tag (or comment)
};

Tag LexTag(std::string_view html, size_t i) {
  Tag t;
  const size_t n = html.size();
  if (i + 1 >= n) return t;
  if (html.compare(i, 4, "<!--") == 0) {
    const size_t close = html.find("-->", i + 4);
    t.is_tag = true;
    t.end = close == std::string_view::npos ? n : close + 3;
    return t;
  }
  size_t k = i + 1;
  if (html[k] == '/') {
    t.end_tag = true;
    ++k;
  }
  if (k >= n) return t;
  if (!IsAsciiAlpha(html[k]) && (t.end_tag || (html[k] != '!' && html[k] != '?'))) return t;
  t.is_tag = true;
  while (k < n && t.name.size() < 16 && (IsAsciiAlpha(html[k]) || (html[k] >= '0' && html[k] <= '9'))) {
    t.name.push_back(Lower(html[k++]));
  }
  const size_t close = html.find('>', k);
  t.end = close == std::string_view::npos ? n : close + 1;
  t.self_closing = close != std::string_view::npos && close > i && html[close - 1] == '/';
  return t;
}

// Just past the end tag `</name>` that closes a raw-text element opened
// before `from`, or the end of `html`.
size_t SkipRawText(std::string_view html, size_t from, std::string_view name) {
  for (size_t i = html.find("</", from); i != std::string_view::npos; i = html.find("</", i + 2)) {
    size_t k = 0;
    while (k < name.size() && i + 2 + k < html.size() && Lower(html[i + 2 + k]) == name[k]) ++k;
    if (k == name.size()) {
      const size_t close = html.find('>', i + 2 + k);
      return close == std::string_view::npos ? html.size() : close + 1;
    }
  }
  return html.size();
}

}  // namespace

uint32_t EstimateHtmlDepth(std::string_view html, uint32_t limit) {
  uint32_t depth = 0;
  for (size_t i = html.find('<'); i != std::string_view::npos; i = html.find('<', i)) {
    const Tag t = LexTag(html, i);
    if (!t.is_tag) {
      ++i;
      continue;
    }
    i = t.end;
    if (t.name.empty() || In(kVoid, t.name) || In(kOptionalEnd, t.name)) continue;
    if (t.end_tag) {
      if (depth > 0) --depth;
    } else if (In(kRawText, t.name) && !t.self_closing) {
      i = SkipRawText(html, i, t.name);
    } else if (!t.self_closing && ++depth > limit) {
      return depth;
    }
  }
  return depth;
}

Status ExtractHtmlFlat(std::string_view source, uint32_t body_begin, VisibleText* out) {
  out->line_breaks_are_paragraphs = false;
  VisibleBuilder builder(source, out);
  std::string decoded;
  const size_t n = source.size();
  size_t text_begin = body_begin;
  auto flush = [&](size_t end) {
    if (end > text_begin) {
      builder.Copy(static_cast<uint32_t>(text_begin), static_cast<uint32_t>(end - text_begin), true);
    }
  };
  size_t i = body_begin;
  while (i < n) {
    const char c = source[i];
    if (c == '<') {
      const Tag t = LexTag(source, i);
      if (t.is_tag) {
        flush(i);
        i = t.end;
        if (In(kBlock, t.name)) builder.Break();
        if (!t.end_tag && !t.self_closing && In(kRawText, t.name)) i = SkipRawText(source, i, t.name);
        text_begin = i;
        continue;
      }
    } else if (c == '&') {
      size_t consumed = 0;
      if (DecodeCharRef(source.substr(i), EntityRules::kHtmlText, &consumed, &decoded)) {
        flush(i);
        std::replace(decoded.begin(), decoded.end(), '\n', ' ');
        std::replace(decoded.begin(), decoded.end(), '\r', ' ');
        builder.Replace(decoded, static_cast<uint32_t>(i), static_cast<uint32_t>(consumed));
        i += consumed;
        text_begin = i;
        continue;
      }
    }
    ++i;
  }
  flush(n);
  return Status::Ok();
}

}  // namespace figcheck::text
