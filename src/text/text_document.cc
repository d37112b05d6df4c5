#include "text/text_document.h"

#include "text/dateline.h"
#include "text/decode.h"
#include "text/front_matter.h"
#include "text/markup.h"

namespace figcheck::text {

Result<std::shared_ptr<const TextDocument>> Analyze(DocumentInput input,
                                                    const AnalyzeOptions& options) {
  auto doc = std::make_shared<TextDocument>();
  doc->info = std::move(input.info);
  const std::string& name = doc->info.source_name;

  Result<DecodedText> decoded = Decode(std::move(input.bytes), input.encoding, name);
  if (!decoded.ok()) return decoded.status();
  doc->source = std::move(decoded->utf8);
  doc->encoding = std::move(decoded->encoding);
  if (doc->source.size() > 0xFFFFFFF0u) {
    return Status(StatusCode::kInvalidArgument, "document larger than 4 GiB",
                  SourceLocation{name, 0, 0});
  }
  doc->lines = base::LineIndex(doc->source);

  InputFormat format = input.format;
  if (format == InputFormat::kAuto) {
    format = FormatForPath(input.path_for_format.empty() ? name : input.path_for_format);
  }
  uint32_t body = 0;
  if (format != InputFormat::kHtml) {
    Result<FrontMatter> fm = ParseFrontMatter(doc->source, name);
    if (!fm.ok()) return fm.status();
    body = fm->end;
    DocumentInfo& info = doc->info;
    if (info.outlet.empty()) info.outlet = fm->outlet;
    if (info.title.empty()) info.title = fm->title;
    if (info.lang.empty()) info.lang = fm->lang;
    if (!info.date && fm->date) {
      info.date = fm->date;
      info.date_origin = DateOrigin::kFrontMatter;
    }
  }

  NormalizeOptions norm_options;
  if (format == InputFormat::kPlain && body == 0) {
    doc->visible_is_source = true;
    norm_options.line_breaks_are_paragraphs = !LooksHardWrapped(doc->source);
    Normalize(doc->source, norm_options, &doc->norm);
    doc->norm_to_source = doc->norm.map;
  } else {
    VisibleText vis;
    Status st = ExtractVisible(doc->source, body, format, &vis);
    if (!st.ok()) return st;
    doc->visible_is_source = false;
    doc->visible = std::move(vis.text);
    doc->visible_to_source = std::move(vis.map);
    norm_options.line_breaks_are_paragraphs = vis.line_breaks_are_paragraphs;
    Normalize(doc->visible, norm_options, &doc->norm);
    doc->norm_to_source = doc->norm.map.Compose(doc->visible_to_source);
  }

  if (!options.lang.empty() && doc->info.lang.empty()) doc->info.lang = options.lang;
  Segment(doc->norm.text, doc->visible_text(), doc->norm.map, doc->info.lang, &doc->paragraphs,
          &doc->sentences);

  if (!doc->info.date) {
    if (auto dl = FindDateline(doc->norm.text, doc->norm_to_source)) {
      doc->info.date = dl->date;
      doc->info.date_origin = DateOrigin::kDateline;
      doc->info.date_begin = dl->span.begin;
      doc->info.date_end = dl->span.end;
      doc->info.date_minutes = dl->minutes;
      doc->info.date_weekday = dl->weekday;
    } else if (options.fallback_date) {
      doc->info.date = options.fallback_date;
      doc->info.date_origin = DateOrigin::kFlag;
    }
  }
  return std::shared_ptr<const TextDocument>(std::move(doc));
}

}  // namespace figcheck::text
