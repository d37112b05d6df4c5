// Minimal markup layer: plain text only. The Markdown and HTML readers
// replace this file.
#include "text/markup.h"

namespace figcheck::text {

InputFormat FormatForPath(std::string_view) { return InputFormat::kPlain; }

bool LooksHardWrapped(std::string_view) { return false; }

Status ExtractVisible(std::string_view source, uint32_t body_begin, InputFormat,
                      VisibleText* out) {
  out->text.assign(source.substr(body_begin));
  out->map = OffsetMap::Identity(static_cast<uint32_t>(out->text.size()), body_begin);
  out->line_breaks_are_paragraphs = true;
  return Status::Ok();
}

}  // namespace figcheck::text
