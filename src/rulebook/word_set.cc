#include "rulebook/word_set.h"

#include <algorithm>
#include <cstring>

namespace figcheck::rulebook {

void WordSet::Insert(std::string_view word, uint32_t bits) {
  // Repeats are merged by Build(), with no map of strings kept meanwhile:
  // a lexicon's table holds every first word behind every clitic.
  entries_.push_back(Entry{static_cast<uint32_t>(chars_.size()), static_cast<uint32_t>(word.size()),
                           bits});
  chars_.append(word);
}

void WordSet::Build() {
  size_t cap = 16;
  while (cap < entries_.size() * 4) cap *= 2;  // load factor <= 1/4: short probes
  slots_.assign(cap, 0);
  mask_ = cap - 1;
  lengths_ = 0;
  size_ = 0;
  size_t bits = 512;
  while (bits < entries_.size() * 8) bits *= 2;
  filter_.assign(bits / 64, 0);
  filter_mask_ = bits - 1;
  for (uint32_t i = 0; i < entries_.size(); ++i) {
    if (entries_[i].bits == 0) continue;  // merged by an earlier Build()
    const std::string_view w(chars_.data() + entries_[i].offset, entries_[i].size);
    const uint64_t h = text::WordHash(w);
    const uint64_t tag = h & ~uint64_t{0xffffffff};
    uint64_t s = h & mask_;
    bool repeat = false;
    for (; slots_[s] != 0; s = (s + 1) & mask_) {
      if ((slots_[s] & ~uint64_t{0xffffffff}) != tag) continue;
      Entry& first = entries_[(slots_[s] & 0xffffffff) - 1];
      if (std::string_view(chars_.data() + first.offset, first.size) == w) {
        first.bits |= entries_[i].bits;
        entries_[i].bits = 0;
        repeat = true;
        break;
      }
    }
    if (repeat) continue;
    lengths_ |= LengthBit(w.size());
    const uint64_t f = FilterBit(h);
    filter_[f / 64] |= uint64_t{1} << (f % 64);
    slots_[s] = tag | (i + 1);
    ++size_;
  }
}

uint32_t WordSet::Bits(std::string_view word, uint64_t h) const {
  if ((lengths_ & LengthBit(word.size())) == 0) return 0;
  const uint64_t f = FilterBit(h);
  if ((filter_[f / 64] & (uint64_t{1} << (f % 64))) == 0) return 0;
  const uint64_t tag = h & ~uint64_t{0xffffffff};
  for (uint64_t s = h & mask_;; s = (s + 1) & mask_) {
    const uint64_t slot = slots_[s];
    if (slot == 0) return 0;
    // The high half of the hash screens out almost every other word
    // before comparing bytes.
    if ((slot & ~uint64_t{0xffffffff}) != tag) continue;
    const Entry& e = entries_[(slot & 0xffffffff) - 1];
    if (e.size == word.size() && std::memcmp(chars_.data() + e.offset, word.data(), e.size) == 0) {
      return e.bits;
    }
  }
}

}  // namespace figcheck::rulebook
