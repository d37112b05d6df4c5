// figcheck::Document, the public face of text::TextDocument.
#include "figcheck/document.h"

#include "text/text_document.h"

namespace figcheck {

Document::Document(std::shared_ptr<const text::TextDocument> data) : data_(std::move(data)) {}

const DocumentInfo& Document::info() const { return data_->info; }

std::string_view Document::text() const { return data_->source; }

Position Document::PositionOf(uint32_t byte_offset) const {
  return data_->lines.PositionOf(byte_offset);
}

}  // namespace figcheck

namespace figcheck {

std::string_view Document::normalized() const { return data_->norm.text; }

std::vector<SentenceInfo> Document::Sentences() const {
  std::vector<SentenceInfo> out;
  out.reserve(data_->sentences.size());
  for (const text::Sentence& s : data_->sentences) {
    out.push_back(SentenceInfo{s.norm, data_->NormToSource(s.norm), s.paragraph,
                               data_->paragraphs[s.paragraph].lang});
  }
  return out;
}

std::vector<MapPiece> Document::NormalizationMap() const {
  std::vector<MapPiece> out;
  for (const auto& p : data_->norm_to_source.pieces()) {
    out.push_back(MapPiece{Span{p.out_begin, p.out_begin + p.out_len},
                           Span{p.in_begin, p.in_begin + p.in_len}, p.copy});
  }
  return out;
}

Span Document::NormalizedToSource(Span norm) const { return data_->NormToSource(norm); }

const std::string& Document::encoding() const { return data_->encoding; }

}  // namespace figcheck
