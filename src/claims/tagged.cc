#include "claims/tagged.h"

#include <algorithm>

namespace figcheck::claims {

char KindLetter(MentionKind kind) {
  switch (kind) {
    case MentionKind::kNumber: return 'n';
    case MentionKind::kRange: return 'r';
    case MentionKind::kPercent: return 'p';
    case MentionKind::kFraction: return 'f';
    case MentionKind::kMoney: return 'm';
    case MentionKind::kOrdinal: return 'o';
    case MentionKind::kYear: return 'y';
    case MentionKind::kTime: return 't';
    case MentionKind::kPhone: return 'h';
    case MentionKind::kListMarker: return 'l';
    case MentionKind::kDate: return 'd';
    case MentionKind::kDuration: return 'u';
  }
  return 'n';
}

bool IsIgnoredToken(std::string_view token) {
  return token == "\"" || token == "'";
}

void BuildTagged(const text::TokenView& tv, const std::vector<const Mention*>& mentions,
                 TaggedSentence* out) {
  out->text.assign(1, ' ');
  out->tokens.clear();
  size_t next = 0;  // the next mention, in text order
  for (size_t i = 0; i < tv.size();) {
    while (next < mentions.size() && mentions[next]->norm_span.end <= tv[i].begin) ++next;
    TaggedToken t;
    t.offset = static_cast<uint32_t>(out->text.size());
    t.tok_begin = static_cast<uint32_t>(i);
    if (next < mentions.size() && mentions[next]->norm_span.begin < tv[i].end) {
      // Every token the mention overlaps becomes one placeholder.
      const uint32_t end = mentions[next]->norm_span.end;
      while (i < tv.size() && tv[i].begin < end) ++i;
      t.mention = static_cast<int>(next);
      out->text.append(kMark);
      out->text += KindLetter(mentions[next]->kind);
      out->text += std::to_string(next);
      ++next;
    } else if (IsIgnoredToken(tv.text(i))) {
      ++i;
      continue;
    } else {
      out->text.append(tv.text(i));
      ++i;
    }
    t.tok_end = static_cast<uint32_t>(i);
    out->text += ' ';
    out->tokens.push_back(t);
  }
}

int TaggedSentence::TokenAt(size_t offset) const {
  auto it = std::lower_bound(tokens.begin(), tokens.end(), offset,
                             [](const TaggedToken& t, size_t o) { return t.offset < o; });
  if (it == tokens.end() || it->offset != offset) return -1;
  return static_cast<int>(it - tokens.begin());
}

int TaggedSentence::TokenContaining(size_t offset) const {
  auto it = std::upper_bound(tokens.begin(), tokens.end(), offset,
                             [](size_t o, const TaggedToken& t) { return o < t.offset; });
  if (it == tokens.begin()) return -1;
  return static_cast<int>(it - tokens.begin()) - 1;
}

std::string TaggedSentence::Readable(const std::vector<const Mention*>& mentions, size_t first,
                                     size_t last) const {
  std::string out;
  for (size_t i = first; i < std::min(last, tokens.size()); ++i) {
    const TaggedToken& t = tokens[i];
    if (!out.empty()) out += ' ';
    const size_t end = text.find(' ', t.offset);
    if (t.mention >= 0) {
      out += "⟨";
      out += MentionKindName(mentions[t.mention]->kind);
      out += '#' + std::to_string(t.mention) + "⟩";
    } else {
      out.append(text, t.offset, end - t.offset);
    }
  }
  return out;
}

}  // namespace figcheck::claims
