// WordSet: a fixed set of short strings, each with a few flag bits, with
// one cheap probe per lookup.
//
// The grammars ask, for every word of every sentence, whether a reading
// could start there, and every lexicon is asked whether an entry starts at
// a word. A std::unordered_map spends a murmur hash, a modulo and a bucket
// walk on each of those questions; this table hashes at most sixteen bytes
// with three multiplies, rejects most words by their length alone or by one
// bit of a small filter (a few kilobytes, which stay in the L1 cache while
// the table itself does not), and only then probes a power-of-two
// open-addressed table whose words sit in one buffer.
#ifndef FIGCHECK_RULEBOOK_WORD_SET_H_
#define FIGCHECK_RULEBOOK_WORD_SET_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/token.h"

namespace figcheck::rulebook {

class WordSet {
 public:
  // Adds a word with `bits` (not 0); a word added twice has the OR of
  // both. The table is rebuilt by Build().
  void Insert(std::string_view word, uint32_t bits = 1);
  // Call after the last Insert.
  void Build();
  // The word's bits, 0 when it is not in the set. `hash` is
  // text::WordHash(word), which a token carries (text::Token::hash).
  uint32_t Bits(std::string_view word, uint64_t hash) const;
  uint32_t Bits(std::string_view word) const { return Bits(word, text::WordHash(word)); }
  bool Contains(std::string_view word) const { return Bits(word) != 0; }
  bool Contains(std::string_view word, uint64_t hash) const { return Bits(word, hash) != 0; }
  size_t size() const { return size_; }  // distinct words, as of Build()

 private:
  struct Entry {
    uint32_t offset;  // into chars_
    uint32_t size;
    uint32_t bits;  // 0: a repeat, merged into the first entry of its word
  };
  static uint64_t LengthBit(size_t n) { return uint64_t{1} << (n < 63 ? n : 63); }

  std::string chars_;  // every word, back to back
  std::vector<Entry> entries_;
  size_t size_ = 0;
  // 0 when empty; else the hash's high 32 bits over 1 + index into entries_.
  std::vector<uint64_t> slots_;
  uint64_t mask_ = 0;
  uint64_t lengths_ = 0;  // bit n set when some word has n bytes (63: longer)
  // One bit per hash value (FilterBit): eight bits a word, so a word not
  // in the set passes with a chance of about one in eight.
  std::vector<uint64_t> filter_;
  uint64_t filter_mask_ = 0;  // bits in filter_, minus one
  uint64_t FilterBit(uint64_t h) const { return (h >> 32) & filter_mask_; }
};

}  // namespace figcheck::rulebook

#endif  // FIGCHECK_RULEBOOK_WORD_SET_H_
