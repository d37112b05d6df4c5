// VisibleBuilder: assembles the visible text of a marked-up document and
// its OffsetMap back to the source, for the Markdown and HTML readers.
//
// Readers call it in source order. It keeps the map's two promises for them:
// pieces tile the visible text in increasing order, and their source ranges
// never go backwards (a piece whose source would start before the end of
// the previous one is refused, and the reader decides what to do instead).
// Paragraph breaks are lazy: Break() only asks for one, and "\n\n" is
// written before the next text, so runs of block boundaries cost one break
// and the text never starts or ends with one.
#ifndef FIGCHECK_TEXT_VISIBLE_BUILDER_H_
#define FIGCHECK_TEXT_VISIBLE_BUILDER_H_

#include <cstdint>
#include <string_view>

#include "text/markup.h"

namespace figcheck::text {

class VisibleBuilder {
 public:
  VisibleBuilder(std::string_view source, VisibleText* out) : source_(source), out_(out) {
    out_->text.clear();
    out_->map = OffsetMap();
  }

  // Source bytes [in_begin, in_begin + len) appear unchanged. With
  // `breaks_to_spaces`, "\r" and "\n" become spaces (HTML collapses them;
  // the byte count, and so the copy piece, stays the same).
  bool Copy(uint32_t in_begin, uint32_t len, bool breaks_to_spaces) {
    if (len == 0) return true;
    if (in_begin < in_end_ || in_begin + len > source_.size()) return false;
    FlushBreak(in_begin);
    const uint32_t o = out_size();
    out_->text.append(source_.data() + in_begin, len);
    if (breaks_to_spaces) {
      for (size_t k = o; k < out_->text.size(); ++k) {
        if (out_->text[k] == '\n' || out_->text[k] == '\r') out_->text[k] = ' ';
      }
    }
    out_->map.AddCopy(o, in_begin, len);
    in_end_ = in_begin + len;
    return true;
  }

  // `text` stands for source bytes [in_begin, in_begin + in_len) as a whole
  // (a decoded entity, a soft line break).
  bool Replace(std::string_view text, uint32_t in_begin, uint32_t in_len) {
    if (text.empty()) return true;
    if (in_begin < in_end_ || in_begin + in_len > source_.size()) return false;
    FlushBreak(in_begin);
    out_->map.AddReplace(out_size(), static_cast<uint32_t>(text.size()), in_begin, in_len);
    out_->text.append(text);
    in_end_ = in_begin + in_len;
    return true;
  }

  // Text with no source bytes of its own, placed after the last piece.
  void Insert(std::string_view text) { Replace(text, in_end_, 0); }

  void Break() { break_pending_ = true; }
  bool break_pending() const { return break_pending_; }

  // True where whitespace would show nothing: at the start, before a
  // pending break, or after a space or line break.
  bool AtBoundary() const {
    if (out_->text.empty() || break_pending_) return true;
    const char last = out_->text.back();
    return last == ' ' || last == '\n';
  }

  // End of the source range of the last piece written.
  uint32_t in_end() const { return in_end_; }

 private:
  uint32_t out_size() const { return static_cast<uint32_t>(out_->text.size()); }

  void FlushBreak(uint32_t in_pos) {
    if (!break_pending_) return;
    break_pending_ = false;
    if (out_->text.empty()) return;
    out_->map.AddReplace(out_size(), 2, in_pos, 0);
    out_->text.append("\n\n");
  }

  std::string_view source_;
  VisibleText* out_;
  uint32_t in_end_ = 0;
  bool break_pending_ = false;
};

}  // namespace figcheck::text

#endif  // FIGCHECK_TEXT_VISIBLE_BUILDER_H_
