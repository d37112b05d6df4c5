// The visible text of Markdown, with md4c (CommonMark plus tables and
// strikethrough).
//
// md4c reports text as pointers into the buffer it parses, so each piece's
// source offset is `pointer - buffer`: no re-scanning or guessing. What is
// kept and what is dropped:
//   - kept: text of headings, paragraphs, list items, table cells, quotes,
//     emphasis, link text, autolinks, and inline code spans (a code span
//     sits inside a sentence; dropping it would leave a hole mid-sentence);
//   - dropped: fenced and indented code blocks, raw HTML (blocks and inline
//     tags), link and image destinations and titles, image alt text,
//     backslashes of escapes, the markers themselves (#, >, *, |, ...);
//   - entities are decoded by CommonMark's rules and mapped to their exact
//     source bytes ("&amp;" -> "&", one replace piece);
//   - a soft line break becomes " " mapped to the source line break; a hard
//     break and every block boundary becomes a paragraph break ("\n\n",
//     inserted, with no source bytes).
// md4c keeps container nesting in arrays, not on the call stack, so deeply
// nested quotes or lists cannot overflow it.
#include <md4c.h>

#include <cstdint>
#include <string>

#include "text/html_entities.h"
#include "text/markup_internal.h"
#include "text/visible_builder.h"

namespace figcheck::text {
namespace {

class MarkdownReader {
 public:
  MarkdownReader(std::string_view source, uint32_t body_begin, VisibleText* out)
      : source_(source), body_begin_(body_begin), builder_(source, out) {}

  Status Run() {
    const std::string_view body = source_.substr(body_begin_);
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH;
    parser.enter_block = [](MD_BLOCKTYPE type, void*, void* self) {
      return static_cast<MarkdownReader*>(self)->Block(type, +1);
    };
    parser.leave_block = [](MD_BLOCKTYPE type, void*, void* self) {
      return static_cast<MarkdownReader*>(self)->Block(type, -1);
    };
    parser.enter_span = [](MD_SPANTYPE type, void*, void* self) {
      return static_cast<MarkdownReader*>(self)->Span(type, +1);
    };
    parser.leave_span = [](MD_SPANTYPE type, void*, void* self) {
      return static_cast<MarkdownReader*>(self)->Span(type, -1);
    };
    parser.text = [](MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* self) {
      return static_cast<MarkdownReader*>(self)->Text(type, text, size);
    };
    if (md_parse(body.data(), static_cast<MD_SIZE>(body.size()), &parser, this) != 0) {
      return Status(StatusCode::kInternal, "the Markdown parser failed (out of memory?)");
    }
    return Status::Ok();
  }

 private:
  int Block(MD_BLOCKTYPE type, int step) {
    if (type == MD_BLOCK_CODE || type == MD_BLOCK_HTML) skip_ += step;
    builder_.Break();
    return 0;
  }

  int Span(MD_SPANTYPE type, int step) {
    if (type == MD_SPAN_IMG) skip_ += step;  // alt text: not part of the prose
    return 0;
  }

  // Offset in the source of a pointer md4c gave, or -1 when it points
  // elsewhere (md4c passes a few constant strings for line breaks).
  int64_t SourceOffset(const MD_CHAR* p, MD_SIZE size) const {
    // Compared as integers: ordering unrelated pointers is unspecified.
    const auto base = reinterpret_cast<uintptr_t>(source_.data());
    const auto at = reinterpret_cast<uintptr_t>(p);
    if (at < base + body_begin_ || at > base + source_.size() ||
        size > base + source_.size() - at) {
      return -1;
    }
    return static_cast<int64_t>(at - base);
  }

  int Text(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size) {
    if (skip_ > 0) return 0;
    switch (type) {
      case MD_TEXT_HTML:  // inline raw HTML tags
        return 0;
      case MD_TEXT_BR:
        builder_.Break();
        return 0;
      case MD_TEXT_SOFTBR:
        SoftBreak();
        return 0;
      case MD_TEXT_NULLCHAR:
        builder_.Insert("\xEF\xBF\xBD");
        return 0;
      case MD_TEXT_ENTITY:
        Entity(text, size);
        return 0;
      default:  // normal text, code spans, LaTeX
        CopyText(text, size);
        return 0;
    }
  }

  void CopyText(const MD_CHAR* text, MD_SIZE size) {
    const int64_t at = SourceOffset(text, size);
    if (at < 0 || !builder_.Copy(static_cast<uint32_t>(at), size, false)) {
      builder_.Insert(std::string_view(text, size));
    }
  }

  void Entity(const MD_CHAR* text, MD_SIZE size) {
    size_t consumed = 0;
    const std::string_view ref(text, size);
    const int64_t at = SourceOffset(text, size);
    if (at >= 0 && DecodeCharRef(ref, EntityRules::kCommonMark, &consumed, &decoded_) &&
        consumed == size &&
        builder_.Replace(decoded_, static_cast<uint32_t>(at), static_cast<uint32_t>(size))) {
      return;
    }
    CopyText(text, size);
  }

  // The line break md4c folded away is the first one after the text
  // before it.
  void SoftBreak() {
    const size_t from = builder_.in_end();
    const size_t nl = source_.find_first_of("\r\n", from);
    if (nl != std::string_view::npos) {
      const uint32_t len = source_.compare(nl, 2, "\r\n") == 0 ? 2 : 1;
      if (builder_.Replace(" ", static_cast<uint32_t>(nl), len)) return;
    }
    builder_.Insert(" ");
  }

  std::string_view source_;
  uint32_t body_begin_;
  VisibleBuilder builder_;
  int skip_ = 0;  // > 0 inside code blocks, HTML blocks and images
  std::string decoded_;
};

}  // namespace

Status ExtractMarkdown(std::string_view source, uint32_t body_begin, VisibleText* out) {
  out->line_breaks_are_paragraphs = false;
  MarkdownReader reader(source, body_begin, out);
  return reader.Run();
}

}  // namespace figcheck::text
