// TextDocument: one input carried through the text stages (decode, front
// matter, markup, normalize, segment, dateline). Immutable once built and
// shared by every later stage through figcheck::Document.
#ifndef FIGCHECK_TEXT_TEXT_DOCUMENT_H_
#define FIGCHECK_TEXT_TEXT_DOCUMENT_H_

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/line_index.h"
#include "figcheck/document.h"
#include "figcheck/status.h"
#include "text/normalize.h"
#include "text/offset_map.h"
#include "text/segment.h"

namespace figcheck::text {

struct TextDocument {
  DocumentInfo info;
  std::string encoding;     // what the bytes were decoded from
  std::string source;       // decoded UTF-8: every reported span indexes it
  std::string visible;      // markup removed; empty when visible_is_source
  bool visible_is_source = true;
  OffsetMap visible_to_source;  // empty when visible_is_source
  NormalizedText norm;          // norm.map: normalized view -> visible text
  OffsetMap norm_to_source;     // normalized view -> source
  std::vector<Paragraph> paragraphs;
  std::vector<Sentence> sentences;
  base::LineIndex lines;        // over `source`

  std::string_view visible_text() const { return visible_is_source ? source : visible; }
  Span NormToSource(Span norm_span) const { return norm_to_source.ToBase(norm_span); }
  std::string_view NormText(Span s) const {
    return std::string_view(norm.text).substr(s.begin, s.size());
  }
  std::string_view SourceText(Span s) const {
    return std::string_view(source).substr(s.begin, s.size());
  }
};

struct AnalyzeOptions {
  std::optional<CivilDate> fallback_date;  // --date: for inputs with no date
  std::string lang;                        // forced language, or ""
};

// Runs the text stages on one input. Fails only on input that is not text
// (undecodable, binary) or has malformed front matter.
Result<std::shared_ptr<const TextDocument>> Analyze(DocumentInput input,
                                                    const AnalyzeOptions& options);

}  // namespace figcheck::text

#endif  // FIGCHECK_TEXT_TEXT_DOCUMENT_H_
