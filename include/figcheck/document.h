// Documents: what figcheck reads, and where things are in it.
//
// Offsets. Every span figcheck reports is a half-open range of BYTES in a
// document's source text: the input decoded to UTF-8 (a UTF-8 file without a
// byte order mark is its own source text, byte for byte). Derived texts (the
// visible text of Markdown or HTML, the normalized matching view) carry offset
// maps back to the source text, so spans found in them are reported here.
// Lines and columns are computed from the source text only when reporting:
// both are 1-based, and columns and code point offsets count Unicode code
// points.
#ifndef FIGCHECK_DOCUMENT_H_
#define FIGCHECK_DOCUMENT_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "figcheck/date.h"

namespace figcheck {

// Half-open byte range [begin, end) in some text (which text is always said
// where a Span is declared).
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;

  uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  friend bool operator==(const Span&, const Span&) = default;
};

// A place in a source text, for people: 1-based line and column in code
// points, and the 0-based code point offset from the start of the text.
struct Position {
  uint32_t line = 1;
  uint32_t column = 1;
  uint64_t offset = 0;  // code points before this place
};

// How the document's bytes are marked up.
enum class InputFormat { kAuto, kPlain, kMarkdown, kHtml };

// Where a document's date came from.
enum class DateOrigin {
  kNone,         // no date: date-relative mentions stay unresolved
  kFrontMatter,  // YAML front matter `date:`
  kFlag,         // --date on the command line
  kJsonl,        // the "date" field of a JSONL input line
  kDateline,     // found in the first lines of the text
};

const char* DateOriginName(DateOrigin origin);

// Metadata about one document. Everything but `source_name` may be empty.
struct DocumentInfo {
  std::string id;           // JSONL "id", or empty for files
  std::string source_name;  // path as given, "-" for stdin, or the JSONL id
  std::string outlet;       // front matter `source`/`outlet`, JSONL "source"
  std::string title;
  std::string lang;         // "ar", "en", ... or empty (detected per paragraph)
  std::optional<CivilDate> date;
  DateOrigin date_origin = DateOrigin::kNone;
  // For a dateline date: its bytes in the source text.
  uint32_t date_begin = 0;
  uint32_t date_end = 0;
  // Document date and time when the dateline gives a time ("13:22"): minutes
  // after midnight, or -1.
  int date_minutes = -1;
  // ISO weekday (1 = Monday) the dateline states beside its date, or 0.
  int date_weekday = 0;
};

// One input to read: its bytes and what is known about them before reading.
struct DocumentInput {
  DocumentInfo info;          // info.source_name must be set
  std::string bytes;          // raw, in whatever encoding
  InputFormat format = InputFormat::kAuto;  // kAuto: from the extension
  std::string encoding;       // empty: UTF-8/UTF-16 BOM/detection
  std::string path_for_format;  // file name used to pick the format
};

// A sentence of a document, in both the normalized view and the source.
struct SentenceInfo {
  Span norm;         // bytes of Document::normalized()
  Span source;       // bytes of Document::text()
  uint32_t paragraph = 0;
  std::string lang;  // language of its paragraph
};

// One piece of the map from the normalized view to the source text (see
// src/text/offset_map.h): `copy` pieces correspond byte for byte, others as
// a whole.
struct MapPiece {
  Span norm;
  Span source;
  bool copy = false;
};

namespace text {
struct TextDocument;  // internal: the analyzed text (src/text/)
}  // namespace text

// A read and analyzed document: its metadata and source text, and the
// derived views the extractors work on. Cheap to copy (shared, immutable).
class Document {
 public:
  Document() = default;
  explicit Document(std::shared_ptr<const text::TextDocument> data);

  const DocumentInfo& info() const;
  // The source text (UTF-8). Every Span in mentions, claims and findings
  // indexes this text.
  std::string_view text() const;
  // Line, column and code point offset of a byte offset in text().
  Position PositionOf(uint32_t byte_offset) const;

  // The normalized view rules match on (docs/normalization.md), its
  // sentences, and its map back to text().
  std::string_view normalized() const;
  std::vector<SentenceInfo> Sentences() const;
  std::vector<MapPiece> NormalizationMap() const;
  Span NormalizedToSource(Span norm) const;
  // The encoding the input was decoded from.
  const std::string& encoding() const;

  const text::TextDocument& data() const { return *data_; }
  bool valid() const { return data_ != nullptr; }

 private:
  std::shared_ptr<const text::TextDocument> data_;
};

}  // namespace figcheck

#endif  // FIGCHECK_DOCUMENT_H_
