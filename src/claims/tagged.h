// The tagged sentence: what claim patterns match on.
//
// A sentence's normalized tokens joined by single spaces, with one space
// before the first and after the last, and each mention replaced by a
// single placeholder token: U+E000 (private use, so no text can forge it),
// a letter for the mention's kind and the mention's index in the sentence:
//
//   "بعد حرب استمرت 44 يوما"  ->  " بعد حرب استمرت \uE000u0 "
//
// Quote marks are left out: they wrap names and quotations ("قره باغ") and
// never carry a claim's meaning, and keeping them would break every
// pattern that spans them. Pattern literals drop them the same way.
#ifndef FIGCHECK_CLAIMS_TAGGED_H_
#define FIGCHECK_CLAIMS_TAGGED_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "figcheck/mention.h"
#include "text/token.h"

namespace figcheck::claims {

// The placeholder prefix, U+E000 in UTF-8.
inline constexpr std::string_view kMark = "\xEE\x80\x80";

// The letter that stands for a mention kind in placeholders.
char KindLetter(MentionKind kind);

// True for tokens the tagged sentence leaves out (quote marks).
bool IsIgnoredToken(std::string_view token);

struct TaggedToken {
  uint32_t offset = 0;     // byte offset of the token in TaggedSentence::text
  uint32_t tok_begin = 0;  // sentence tokens [tok_begin, tok_end) it stands for
  uint32_t tok_end = 0;
  int mention = -1;  // index into the sentence's mentions, or -1
};

struct TaggedSentence {
  std::string text;
  std::vector<TaggedToken> tokens;

  // The tagged token starting at byte `offset` of `text` (a match's start
  // plus one, or a capture's start), or -1.
  int TokenAt(size_t offset) const;
  // The tagged token holding byte `offset`: the last one starting at or
  // before it.
  int TokenContaining(size_t offset) const;
  // Tagged tokens [first, last) for people: placeholders as ⟨kind#i⟩.
  std::string Readable(const std::vector<const Mention*>& mentions, size_t first = 0,
                       size_t last = SIZE_MAX) const;
};

// Builds the tagged form of a sentence from its tokens and its mentions
// (in text order; their norm_span index the same normalized view).
void BuildTagged(const text::TokenView& tv, const std::vector<const Mention*>& mentions,
                 TaggedSentence* out);

}  // namespace figcheck::claims

#endif  // FIGCHECK_CLAIMS_TAGGED_H_
