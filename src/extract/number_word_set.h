// WordSet: a fixed set of short strings with one cheap probe per lookup.
//
// The quantity grammar asks, for every word of every sentence, whether a
// reading could start there. A std::unordered_set spends a murmur hash, a
// modulo and a bucket walk on each of those questions; this table hashes at
// most sixteen bytes with two multiplies, rejects most words by their
// length alone, and probes a power-of-two open-addressed table.
#ifndef FIGCHECK_EXTRACT_NUMBER_WORD_SET_H_
#define FIGCHECK_EXTRACT_NUMBER_WORD_SET_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace figcheck::extract {

class WordSet {
 public:
  // Adds a word; the table is rebuilt lazily by Build().
  void Insert(std::string_view word);
  // Call after the last Insert.
  void Build();
  bool Contains(std::string_view word) const;
  size_t size() const { return words_.size(); }

 private:
  static uint64_t Hash(std::string_view w);
  static uint64_t LengthBit(size_t n) { return uint64_t{1} << (n < 63 ? n : 63); }

  std::vector<std::string> words_;
  // 0 when empty; else the hash's high 32 bits over 1 + index into words_.
  std::vector<uint64_t> slots_;
  uint64_t mask_ = 0;
  uint64_t lengths_ = 0;  // bit n set when some word has n bytes (63: longer)
};

}  // namespace figcheck::extract

#endif  // FIGCHECK_EXTRACT_NUMBER_WORD_SET_H_
