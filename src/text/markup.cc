// The format dispatch, plain text, and the hard-wrap heuristic. The Markdown
// and HTML readers are in markdown.cc and html.cc.
#include "text/markup.h"

#include <algorithm>
#include <vector>

#include "base/utf8.h"
#include "text/markup_internal.h"

namespace figcheck::text {
namespace {

// A line longer than this is not hard-wrapped: wrapping tools stop at 72-80
// columns, scraped news runs a paragraph to hundreds.
constexpr size_t kMaxWrappedLine = 100;
// Wrapped lines fill up to near the wrap width; a text of short lines
// (titles, bylines, a list) is not wrapped prose even when the lines touch.
constexpr size_t kMinWrappedMedian = 40;

std::string_view Extension(std::string_view path) {
  const size_t slash = path.find_last_of("/\\");
  const std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  const size_t dot = name.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return {};
  return name.substr(dot + 1);
}

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x + 32);
    if (x != b[i]) return false;
  }
  return true;
}

bool IsBlank(std::string_view line) {
  return line.find_first_not_of(" \t\r\f\v") == std::string_view::npos;
}

}  // namespace

InputFormat FormatForPath(std::string_view path) {
  const std::string_view ext = Extension(path);
  if (EqualsIgnoreCase(ext, "md") || EqualsIgnoreCase(ext, "markdown")) return InputFormat::kMarkdown;
  if (EqualsIgnoreCase(ext, "html") || EqualsIgnoreCase(ext, "htm")) return InputFormat::kHtml;
  return InputFormat::kPlain;
}

// Decided for the whole document: hard-wrapped only when no line is long,
// most non-blank lines run on into a non-blank line, and the lines that run
// on are long enough to have been filled to a wrap width.
bool LooksHardWrapped(std::string_view text) {
  size_t nonblank = 0;
  size_t followed = 0;
  std::vector<size_t> run_on_lengths;
  bool prev_nonblank = false;
  size_t prev_len = 0;
  size_t begin = 0;
  while (begin <= text.size()) {
    size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(begin, end - begin);
    const size_t len = base::CountCodePoints(line);
    if (len > kMaxWrappedLine) return false;
    const bool blank = IsBlank(line);
    if (!blank) {
      ++nonblank;
      if (prev_nonblank) {
        ++followed;
        run_on_lengths.push_back(prev_len);
      }
    }
    prev_nonblank = !blank;
    prev_len = len;
    if (end == text.size()) break;
    begin = end + 1;
  }
  if (nonblank < 3 || followed * 2 <= nonblank) return false;
  auto mid = run_on_lengths.begin() + static_cast<std::ptrdiff_t>(run_on_lengths.size() / 2);
  std::nth_element(run_on_lengths.begin(), mid, run_on_lengths.end());
  return *mid >= kMinWrappedMedian;
}

Status ExtractVisible(std::string_view source, uint32_t body_begin, InputFormat format,
                      VisibleText* out) {
  body_begin = std::min<uint32_t>(body_begin, static_cast<uint32_t>(source.size()));
  switch (format) {
    case InputFormat::kMarkdown:
      return ExtractMarkdown(source, body_begin, out);
    case InputFormat::kHtml:
      return ExtractHtml(source, body_begin, out);
    case InputFormat::kAuto:
    case InputFormat::kPlain:
      break;
  }
  const std::string_view body = source.substr(body_begin);
  out->text.assign(body);
  out->map = OffsetMap::Identity(static_cast<uint32_t>(body.size()), body_begin);
  out->line_breaks_are_paragraphs = !LooksHardWrapped(body);
  return Status::Ok();
}

}  // namespace figcheck::text
