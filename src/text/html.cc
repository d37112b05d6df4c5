// The visible text of HTML, with gumbo (an HTML5 parser).
//
// Kept: the text of the body, entities decoded; block elements (p, div,
// h1-h6, li, td, th, tr, br, section, article, blockquote, ...) end
// paragraphs. Dropped: head and title, script, style, noscript, template,
// iframe, object, embed, canvas, svg, audio, video, form controls (button,
// select, textarea), comments, and any element that hides itself (the
// `hidden` attribute, aria-hidden="true", style display:none or
// visibility:hidden). Outside <pre>, line breaks in text are spaces, as a
// browser shows them.
//
// Offsets. Gumbo gives each text node its decoded text and `original_text`,
// a pointer to the source bytes it came from. The two are aligned byte by
// byte: equal bytes are copies, a character reference is decoded again
// here (html_entities.h) and becomes one replace piece covering exactly its
// source bytes ("&amp;" -> "&"), "\r\n" (which the parser turns into "\n")
// maps to both bytes, and a tag the parser ignored inside a run of text is
// skipped. Anything else the alignment cannot explain maps the rest of the
// node as a whole, which is coarse but never wrong.
//
// Source order. The tree is walked in document order with an explicit
// stack, and text nodes come in source order, except where the parser moved
// them: foster parenting puts text misplaced inside a <table> before the
// table. Such nodes are held back and emitted at their source position, so
// the map never goes backwards. (Any node still out of order is left out.)
//
// Depth. Gumbo 0.10 has no depth limit and its tree construction is
// quadratic in the nesting depth (10,000 nested <div>s take seconds, 100,000
// minutes), so a document estimated to nest deeper than kMaxTreeDepth goes
// to the flat reader in html_flat.cc instead.
#include <gumbo.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <deque>
#include <memory>
#include <string>
#include <vector>

#include "text/html_entities.h"
#include "text/markup_internal.h"
#include "text/visible_builder.h"

namespace figcheck::text {
namespace {

constexpr uint32_t kMaxTreeDepth = 1000;

bool IsSkipped(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS: case GUMBO_TAG_SVG:
    case GUMBO_TAG_AUDIO: case GUMBO_TAG_VIDEO: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT:
    case GUMBO_TAG_DATALIST: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_NOEMBED:
    case GUMBO_TAG_NOFRAMES: case GUMBO_TAG_APPLET:
      return true;
    default:
      return false;
  }
}

bool IsBlock(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_HTML: case GUMBO_TAG_BODY: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_BR: case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_CENTER: case GUMBO_TAG_DD: case GUMBO_TAG_DETAILS: case GUMBO_TAG_DIR:
    case GUMBO_TAG_DIV: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM:
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR: case GUMBO_TAG_LEGEND: case GUMBO_TAG_LI: case GUMBO_TAG_LISTING:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_MENU: case GUMBO_TAG_NAV: case GUMBO_TAG_OL:
    case GUMBO_TAG_OPTION: case GUMBO_TAG_P: case GUMBO_TAG_PLAINTEXT: case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_TH: case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TR: case GUMBO_TAG_UL: case GUMBO_TAG_XMP:
      return true;
    default:
      return false;
  }
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool KeepsLineBreaks(GumboTag tag) {
  return tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_LISTING || tag == GUMBO_TAG_PLAINTEXT ||
         tag == GUMBO_TAG_XMP;
}

std::string Compact(const char* value) {
  std::string out;
  for (const char* p = value; *p != '\0'; ++p) {
    const unsigned char c = static_cast<unsigned char>(*p);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') continue;
    out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
  }
  return out;
}

// An element that says it is not shown.
bool IsHidden(const GumboElement& e) {
  if (gumbo_get_attribute(&e.attributes, "hidden") != nullptr) return true;
  if (const GumboAttribute* aria = gumbo_get_attribute(&e.attributes, "aria-hidden")) {
    if (Compact(aria->value) == "true") return true;
  }
  if (const GumboAttribute* style = gumbo_get_attribute(&e.attributes, "style")) {
    const std::string css = Compact(style->value);
    if (css.find("display:none") != std::string::npos ||
        css.find("visibility:hidden") != std::string::npos) {
      return true;
    }
  }
  return false;
}

struct OutputCloser {
  GumboOptions options;
  void operator()(GumboOutput* o) const { gumbo_destroy_output(&options, o); }
};

class HtmlReader {
 public:
  HtmlReader(std::string_view source, VisibleText* out) : source_(source), builder_(source, out) {}

  // Walks the tree in document order. Nodes the parser foster-parented
  // (text misplaced in a table, moved before it) wait in `deferred_` and are
  // emitted where their source bytes are, so the text stays in source order.
  void Run(const GumboNode* document) {
    Walk(&document->v.document.children);
    FlushDeferred(UINT32_MAX);
  }

 private:
  struct Deferred {
    uint32_t offset;
    const GumboNode* node;
  };

  struct Frame {
    const GumboVector* children;
    unsigned next;
    bool block;
    bool pre;
    // The next sibling element with a start tag in the source, found by a
    // forward scan that each list does at most once in all.
    unsigned scan = 0;
    uint32_t scan_offset = UINT32_MAX;
  };

  void Walk(const GumboVector* children) {
    std::vector<Frame> stack;
    stack.push_back(Frame{children, 0, false, false});
    while (!stack.empty()) {
      Frame& top = stack.back();
      if (top.next >= top.children->length) {
        if (top.block) builder_.Break();
        if (top.pre) --pre_depth_;
        stack.pop_back();
        continue;
      }
      const auto* node = static_cast<const GumboNode*>(top.children->data[top.next++]);
      if (!flushing_ && MovedBeforeTable(&top, top.next - 1)) {
        const uint32_t at = NodeOffset(node);
        if (!deferred_.empty() && at < deferred_.back().offset) deferred_sorted_ = false;
        deferred_.push_back(Deferred{at, node});
        continue;
      }
      switch (node->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_WHITESPACE:
        case GUMBO_NODE_CDATA:
          EmitText(node->v.text);
          break;
        case GUMBO_NODE_ELEMENT: {
          const GumboElement& e = node->v.element;
          if (IsSkipped(e.tag) || IsHidden(e)) break;
          const bool block = IsBlock(e.tag);
          const bool pre = KeepsLineBreaks(e.tag);
          if (block) builder_.Break();
          if (pre) ++pre_depth_;
          stack.push_back(Frame{&e.children, 0, block, pre});  // `top` is stale now
          break;
        }
        default:  // comments, templates
          break;
      }
    }
  }

  // Emits the deferred nodes whose source starts before `offset`.
  void FlushDeferred(uint32_t offset) {
    if (deferred_.empty() || flushing_) return;
    if (!deferred_sorted_) {
      std::stable_sort(deferred_.begin(), deferred_.end(),
                       [](const Deferred& a, const Deferred& b) { return a.offset < b.offset; });
      deferred_sorted_ = true;
    }
    if (deferred_.front().offset >= offset) return;
    // A break asked for before them still separates what follows.
    const bool break_after = builder_.break_pending();
    flushing_ = true;
    while (!deferred_.empty() && deferred_.front().offset < offset) {
      void* item = const_cast<GumboNode*>(deferred_.front().node);  // read only
      deferred_.pop_front();
      GumboVector one{&item, 1, 1};
      Walk(&one);
    }
    flushing_ = false;
    if (break_after) builder_.Break();
  }

  // Whether child i of the frame was moved before a later sibling that its
  // source follows: foster parenting puts misplaced text and elements right
  // before the table they were in. (Gumbo flags moved elements, not text.)
  bool MovedBeforeTable(Frame* f, unsigned i) const {
    const auto* node = static_cast<const GumboNode*>(f->children->data[i]);
    if ((node->parse_flags & GUMBO_INSERTION_FOSTER_PARENTED) != 0) return true;
    if (node->type != GUMBO_NODE_TEXT && node->type != GUMBO_NODE_WHITESPACE) return false;
    if (f->scan <= i) {
      f->scan = i + 1;
      f->scan_offset = UINT32_MAX;
      for (; f->scan < f->children->length; ++f->scan) {
        const auto* next = static_cast<const GumboNode*>(f->children->data[f->scan]);
        if ((next->parse_flags & GUMBO_INSERTION_FOSTER_PARENTED) == 0 &&
            next->type == GUMBO_NODE_ELEMENT && next->v.element.original_tag.data != nullptr) {
          f->scan_offset = NodeOffset(next);
          break;
        }
      }
    }
    return f->scan_offset < NodeOffset(node);
  }

  uint32_t NodeOffset(const GumboNode* node) const {
    const char* p = nullptr;
    if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE) {
      p = node->v.element.original_tag.data;
      if (p == nullptr) return node->v.element.start_pos.offset;
    } else if (node->type != GUMBO_NODE_DOCUMENT) {
      p = node->v.text.original_text.data;
    }
    const int64_t at = SourceOffset(p, 0);
    return at < 0 ? UINT32_MAX : static_cast<uint32_t>(at);
  }

  // Source offset of a pointer gumbo gave, or -1 when it is not into the
  // source.
  int64_t SourceOffset(const char* p, size_t size) const {
    const auto base = reinterpret_cast<uintptr_t>(source_.data());
    const auto at = reinterpret_cast<uintptr_t>(p);
    if (p == nullptr || at < base || at > base + source_.size() ||
        size > base + source_.size() - at) {
      return -1;
    }
    return static_cast<int64_t>(at - base);
  }

  std::string_view Shown(std::string_view text) {
    if (pre_depth_ > 0 || text.find_first_of("\r\n") == std::string_view::npos) return text;
    shown_.assign(text);
    std::replace(shown_.begin(), shown_.end(), '\n', ' ');
    std::replace(shown_.begin(), shown_.end(), '\r', ' ');
    return shown_;
  }

  void FlushRun(uint32_t at, size_t run_begin, size_t i) {
    if (i > run_begin) {
      builder_.Copy(at + static_cast<uint32_t>(run_begin), static_cast<uint32_t>(i - run_begin),
                    pre_depth_ == 0);
    }
  }

  void EmitText(const GumboText& node) {
    const std::string_view text(node.text);
    const int64_t at64 = SourceOffset(node.original_text.data, node.original_text.length);
    if (text.empty() || at64 < 0) return;
    FlushDeferred(static_cast<uint32_t>(at64));
    // Whitespace between blocks shows nothing; leave it out of the text.
    if (pre_depth_ == 0 && builder_.AtBoundary() &&
        std::all_of(text.begin(), text.end(), IsSpace)) {
      return;
    }
    if (at64 < builder_.in_end()) return;  // out of source order: nothing sane to map it to
    const auto at = static_cast<uint32_t>(at64);
    const std::string_view orig = source_.substr(at, node.original_text.length);
    size_t i = 0;  // in orig
    size_t j = 0;  // in text
    if (pre_depth_ == 0 && builder_.AtBoundary()) {  // leading whitespace shows nothing
      while (j < text.size() && i < orig.size() && IsSpace(text[j]) && IsSpace(orig[i])) {
        ++i;
        ++j;
      }
    }
    size_t run = i;  // start of the pending run of equal bytes
    while (j < text.size() && i < orig.size()) {
      const char c = orig[i];
      if (c == '&') {
        size_t consumed = 0;
        if (DecodeCharRef(orig.substr(i), EntityRules::kHtmlText, &consumed, &decoded_) &&
            text.compare(j, decoded_.size(), decoded_) == 0) {
          FlushRun(at, run, i);
          builder_.Replace(Shown(decoded_), at + static_cast<uint32_t>(i),
                           static_cast<uint32_t>(consumed));
          i += consumed;
          j += decoded_.size();
          run = i;
          continue;
        }
      }
      if (c == '\r') {  // the parser made "\r\n" and "\r" into "\n"
        FlushRun(at, run, i);
        const uint32_t len = i + 1 < orig.size() && orig[i + 1] == '\n' ? 2 : 1;
        if (pre_depth_ > 0) {
          builder_.Replace("\n", at + static_cast<uint32_t>(i), len);
        } else {
          builder_.Copy(at + static_cast<uint32_t>(i), len, true);
        }
        i += len;
        if (text[j] == '\n') ++j;
        run = i;
        continue;
      }
      if (c == text[j]) {
        ++i;
        ++j;
        continue;
      }
      FlushRun(at, run, i);
      if (c == '<') {  // a tag the parser ignored, inside a run of text
        const size_t close = orig.compare(i, 4, "<!--") == 0 ? orig.find("-->", i) : orig.find('>', i);
        i = close == std::string_view::npos ? orig.size()
                                            : close + (orig[close] == '-' ? 3 : 1);
      } else if (IsSpace(c)) {
        ++i;  // whitespace the parser dropped (the newline after <pre>)
      } else {
        break;  // unexplained: the rest goes as a whole
      }
      run = i;
    }
    FlushRun(at, run, i);
    if (j < text.size()) {
      const size_t from = std::min(i, orig.size());
      builder_.Replace(Shown(text.substr(j)), at + static_cast<uint32_t>(from),
                       static_cast<uint32_t>(orig.size() - from));
    }
  }

  std::string_view source_;
  VisibleBuilder builder_;
  int pre_depth_ = 0;
  bool flushing_ = false;
  std::deque<Deferred> deferred_;  // in source order when deferred_sorted_
  bool deferred_sorted_ = true;
  std::string decoded_;
  std::string shown_;
};

}  // namespace

Status ExtractHtml(std::string_view source, uint32_t body_begin, VisibleText* out) {
  out->line_breaks_are_paragraphs = false;
  const std::string_view html = source.substr(body_begin);
  if (EstimateHtmlDepth(html, kMaxTreeDepth) > kMaxTreeDepth) {
    return ExtractHtmlFlat(source, body_begin, out);
  }
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // errors are not reported; do not spend memory on them
  std::unique_ptr<GumboOutput, OutputCloser> doc(
      gumbo_parse_with_options(&options, html.data(), html.size()), OutputCloser{options});
  if (doc == nullptr || doc->document == nullptr) {
    return Status(StatusCode::kInternal, "the HTML parser failed (out of memory?)");
  }
  HtmlReader reader(source, out);
  reader.Run(doc->document);
  return Status::Ok();
}

}  // namespace figcheck::text
