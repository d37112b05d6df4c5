#include "text/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <array>
#include <atomic>
#include <cstring>
#include <memory>

#include "base/utf8.h"

namespace figcheck::text {
namespace {

// What one code point becomes in the normalized view.
enum EntryType : uint32_t {
  kKeep = 0,       // itself
  kDelete = 1,     // nothing
  kSpace = 2,      // whitespace inside a line
  kLineBreak = 3,  // a line break (paragraph break in one-line-a-paragraph text)
  kParaBreak = 4,  // always a paragraph break (U+2029)
  kReplace = 5,    // a string from the block's pool
};

// Entry layout: type in bits 0-2, replacement length in bits 3-10, pool
// offset above.
constexpr uint32_t TypeOf(uint32_t e) { return e & 7u; }
constexpr uint32_t LenOf(uint32_t e) { return (e >> 3) & 0xFFu; }
constexpr uint32_t OffOf(uint32_t e) { return e >> 11; }

struct Block {
  std::array<uint32_t, 256> entry{};
  std::string pool;
};

char32_t FoldOne(char32_t c) {
  switch (c) {
    case 0x0622: case 0x0623: case 0x0625: case 0x0671: return 0x0627;  // alef forms
    case 0x0649: case 0x06CC: case 0x064A: return 0x064A;  // alef maqsura, Farsi yeh -> yeh
    case 0x0629: return 0x0647;                            // ta marbuta -> ha
    case 0x06A9: return 0x0643;                            // keheh -> kaf
    case 0x066B: return '.';                               // Arabic decimal separator
    case 0x066C: return ',';                               // Arabic thousands separator
    case 0x066A: return '%';                               // Arabic percent sign
    case 0x2212: return '-';                               // minus sign
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB:
    case 0x2033: return '"';
    default: break;
  }
  const int8_t gc = u_charType(c);
  if (gc == U_DASH_PUNCTUATION) return '-';
  if (gc == U_DECIMAL_DIGIT_NUMBER) {
    const int v = u_charDigitValue(c);
    if (v >= 0 && v <= 9) return static_cast<char32_t>('0' + v);
  }
  return c;
}

// The normalized form of one code point, computed with ICU.
uint32_t BuildEntry(char32_t cp, std::string* pool) {
  if (cp == 0x2029) return kParaBreak;
  if (cp == 0x2028 || cp == 0x0085) return kLineBreak;
  if (cp >= 0xD800 && cp <= 0xDFFF) return kDelete;
  if (u_isUWhiteSpace(cp) || u_charType(cp) == U_SPACE_SEPARATOR) return kSpace;
  if (cp == 0x0640) return kDelete;  // tatweel
  const int8_t gc0 = u_charType(cp);
  if (gc0 == U_CONTROL_CHAR) return kDelete;

  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(err);
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(err);
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(err);
  if (U_FAILURE(err)) return kKeep;
  icu::UnicodeString s(static_cast<UChar32>(cp));
  icu::UnicodeString folded = nfkc_cf->normalize(s, err);
  icu::UnicodeString decomposed = nfd->normalize(folded, err);
  icu::UnicodeString kept;
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK || c == 0x0640) continue;
    kept.append(static_cast<UChar32>(FoldOne(static_cast<char32_t>(c))));
  }
  icu::UnicodeString composed = nfc->normalize(kept, err);
  if (U_FAILURE(err)) return kKeep;
  if (composed.isEmpty()) return kDelete;
  bool all_space = true;
  for (int32_t i = 0; i < composed.length(); ++i) all_space &= u_isUWhiteSpace(composed.charAt(i)) != 0;
  if (all_space) return kSpace;
  if (composed.length() == U16_LENGTH(static_cast<UChar32>(cp)) &&
      composed.char32At(0) == static_cast<UChar32>(cp)) {
    return kKeep;
  }
  std::string utf8;
  composed.toUTF8String(utf8);
  if (utf8.size() > 0xFF) return kKeep;
  const uint32_t off = static_cast<uint32_t>(pool->size());
  pool->append(utf8);
  return kReplace | (static_cast<uint32_t>(utf8.size()) << 3) | (off << 11);
}

class Tables {
 public:
  static Tables& Get() {
    static Tables* t = new Tables();  // never destroyed: used until exit
    return *t;
  }
  // The block holding code point cp (cp >> 8 < 0x1100).
  const Block& BlockFor(char32_t cp) {
    std::atomic<const Block*>& slot = blocks_[cp >> 8];
    const Block* b = slot.load(std::memory_order_acquire);
    if (b != nullptr) return *b;
    auto fresh = std::make_unique<Block>();
    const char32_t base = cp & ~char32_t{0xFF};
    for (uint32_t k = 0; k < 256; ++k) fresh->entry[k] = BuildEntry(base + k, &fresh->pool);
    const Block* expected = nullptr;
    if (slot.compare_exchange_strong(expected, fresh.get(), std::memory_order_acq_rel)) {
      return *fresh.release();
    }
    return *expected;  // another thread won; ours is freed
  }

 private:
  Tables() {
    for (auto& b : blocks_) b.store(nullptr, std::memory_order_relaxed);
  }
  std::array<std::atomic<const Block*>, 0x1100> blocks_;
};

constexpr std::array<unsigned char, 256> MakeLowerTable() {
  std::array<unsigned char, 256> t{};
  for (int i = 0; i < 256; ++i) t[i] = static_cast<unsigned char>(i >= 'A' && i <= 'Z' ? i + 32 : i);
  return t;
}
constexpr auto kLower = MakeLowerTable();

// Builds the output while tracking the current whitespace run and the
// current copy run: input bytes that map byte for byte, either unchanged
// (apart from ASCII case) or as one code point folded to another of the same
// byte length (أ -> ا, ة -> ه, ى -> ي: most Arabic folds). Keeping those in
// the run keeps the map to a few pieces a paragraph.
class Builder {
 public:
  Builder(std::string_view in, const NormalizeOptions& opt, NormalizedText* out)
      : in_(in), opt_(opt), out_(out) {}

  bool InCopyRun() const { return copy_begin_ != kNone; }

  void CopyRunStart(size_t i) {
    if (copy_begin_ == kNone) {
      FlushSpace();
      copy_begin_ = i;
      text_done_ = i;
      run_out_ = static_cast<uint32_t>(out_->text.size());
    }
  }
  // The code point in[begin, end) becomes `with`, one code point of the
  // same byte length: part of the copy run.
  void Substitute(size_t begin, size_t end, std::string_view with) {
    CopyRunStart(begin);
    AppendRunText(begin);
    out_->text.append(with);
    text_done_ = end;
  }
  void FlushCopy(size_t i) {
    if (copy_begin_ == kNone) return;
    AppendRunText(i);
    out_->map.AddCopy(run_out_, static_cast<uint32_t>(copy_begin_),
                      static_cast<uint32_t>(i - copy_begin_));
    copy_begin_ = kNone;
  }
  void Space(size_t begin, size_t end, uint32_t type) {
    if (space_begin_ == kNone) space_begin_ = begin;
    space_end_ = end;
    if (type == kParaBreak) para_ = true;
    if (type == kLineBreak) ++breaks_;
  }
  void FlushSpace() {
    if (space_begin_ == kNone) return;
    const bool para = para_ || breaks_ >= 2 || (breaks_ >= 1 && opt_.line_breaks_are_paragraphs);
    if (!out_->text.empty()) {  // leading whitespace is dropped
      const uint32_t o = static_cast<uint32_t>(out_->text.size());
      const char c = para ? '\n' : ' ';
      out_->text.push_back(c);
      if (space_end_ - space_begin_ == 1 && in_[space_begin_] == c) {
        // The common single space (or newline) is itself: a copy, which
        // merges with the words around it, keeping the map a few pieces a
        // paragraph instead of two a word.
        out_->map.AddCopy(o, static_cast<uint32_t>(space_begin_), 1);
      } else {
        out_->map.AddReplace(o, 1, static_cast<uint32_t>(space_begin_),
                             static_cast<uint32_t>(space_end_ - space_begin_));
      }
    }
    space_begin_ = kNone;
    para_ = false;
    breaks_ = 0;
  }
  void Replace(size_t begin, size_t end, std::string_view with) {
    FlushSpace();
    const uint32_t o = static_cast<uint32_t>(out_->text.size());
    out_->text.append(with);
    out_->map.AddReplace(o, static_cast<uint32_t>(with.size()), static_cast<uint32_t>(begin),
                         static_cast<uint32_t>(end - begin));
  }
  // Trailing whitespace is dropped.
  void Finish(size_t n) {
    FlushCopy(n);
    space_begin_ = kNone;
  }

 private:
  static constexpr size_t kNone = static_cast<size_t>(-1);

  // Appends the run's input bytes not yet written, lower-casing ASCII:
  // eight bytes at a time (SWAR), since most of a run is already lower case
  // or not ASCII at all.
  void AppendRunText(size_t i) {
    const size_t n = i - text_done_;
    if (n == 0) return;
    const size_t o = out_->text.size();
    out_->text.append(in_.data() + text_done_, n);
    char* p = out_->text.data() + o;
    size_t k = 0;
    for (; k + 8 <= n; k += 8) {
      uint64_t w;
      std::memcpy(&w, p + k, 8);
      const uint64_t low7 = w & 0x7F7F7F7F7F7F7F7FULL;
      // High bit of each byte: low7 >= 'A', and low7 > 'Z', and ASCII.
      const uint64_t ge_a = low7 + 0x3F3F3F3F3F3F3F3FULL;
      const uint64_t gt_z = low7 + 0x2525252525252525ULL;
      const uint64_t upper = ge_a & ~gt_z & ~w & 0x8080808080808080ULL;
      if (upper != 0) {
        w |= upper >> 2;  // 0x80 >> 2 == 0x20, the case bit
        std::memcpy(p + k, &w, 8);
      }
    }
    for (; k < n; ++k) p[k] = static_cast<char>(kLower[static_cast<unsigned char>(p[k])]);
    text_done_ = i;
  }

  std::string_view in_;
  const NormalizeOptions& opt_;
  NormalizedText* out_;
  size_t copy_begin_ = kNone;  // input offset where the copy run starts
  size_t text_done_ = 0;       // input offset up to which the run is written
  uint32_t run_out_ = 0;       // output offset where the copy run starts
  size_t space_begin_ = kNone;
  size_t space_end_ = 0;
  bool para_ = false;
  int breaks_ = 0;
};

}  // namespace

namespace {

// Whether the code point at in[i] normalizes to something that is neither
// whitespace nor nothing, so a single space before it stays a single space.
// Checks printable ASCII and two-byte sequences (Latin, Arabic); says no to
// the rest, which only costs the space its own map piece.
bool StartsVisible(Tables& tables, std::string_view in, size_t i) {
  const auto c = static_cast<unsigned char>(in[i]);
  if (c > 0x20 && c < 0x7F) return true;
  if (c < 0xC2 || c >= 0xE0 || i + 1 >= in.size()) return false;
  const auto c1 = static_cast<unsigned char>(in[i + 1]);
  if ((c1 & 0xC0) != 0x80) return false;
  const char32_t cp = (char32_t{c & 0x1Fu} << 6) | (c1 & 0x3Fu);
  const uint32_t type = TypeOf(tables.BlockFor(cp).entry[cp & 0xFF]);
  return type == kKeep || type == kReplace;
}

}  // namespace

void Normalize(std::string_view in, const NormalizeOptions& options, NormalizedText* out) {
  out->text.clear();
  out->map.Clear();  // keeps its capacity: callers reuse one NormalizedText
  out->text.reserve(in.size());
  Builder b(in, options, out);
  Tables& tables = Tables::Get();
  const auto* p = reinterpret_cast<const unsigned char*>(in.data());
  const size_t n = in.size();
  size_t i = 0;
  char32_t block_index = ~char32_t{0};
  const Block* block = nullptr;
  while (i < n) {
    const unsigned char c = p[i];
    if (c < 0x80) {
      if (c > 0x20 && c < 0x7F) {  // printable ASCII: part of a copy run
        b.CopyRunStart(i);
        ++i;
        while (i < n && p[i] > 0x20 && p[i] < 0x7F) ++i;
        continue;
      }
      if (c == ' ' && b.InCopyRun() && i + 1 < n && StartsVisible(tables, in, i + 1)) {
        ++i;  // a single space between words is itself: it stays in the run
        continue;
      }
      b.FlushCopy(i);
      if (c == '\n' || c == '\r') {
        const bool crlf = c == '\r' && i + 1 < n && p[i + 1] == '\n';
        const size_t len = crlf ? 2 : 1;
        b.Space(i, i + len, kLineBreak);
        i += len;
      } else if (c == ' ' || c == '\t' || c == '\v' || c == '\f') {
        b.Space(i, i + 1, kSpace);
        ++i;
      } else {
        ++i;  // other controls (and DEL) are dropped
      }
      continue;
    }
    char32_t cp;
    int len;
    if (c >= 0xC2 && c < 0xE0 && i + 1 < n && (p[i + 1] & 0xC0) == 0x80) {
      // Two-byte sequences (all of Arabic) decoded inline: the hot path.
      cp = (char32_t{c & 0x1Fu} << 6) | (p[i + 1] & 0x3Fu);
      len = 2;
    } else {
      char32_t slow;  // its address escapes; `cp` stays in a register
      len = base::DecodeUtf8(in, i, &slow);
      cp = slow;
    }
    if (len == 0) {  // not expected: input is validated upstream
      b.FlushCopy(i);
      ++i;
      continue;
    }
    // Text stays in one script for long stretches: keep the last block.
    if ((cp >> 8) != block_index) {
      block_index = cp >> 8;
      block = &tables.BlockFor(cp);
    }
    const Block& blk = *block;
    const uint32_t e = blk.entry[cp & 0xFF];
    switch (TypeOf(e)) {
      case kKeep:
        b.CopyRunStart(i);
        break;
      case kDelete:
        b.FlushCopy(i);
        break;
      case kSpace:
      case kLineBreak:
      case kParaBreak:
        b.FlushCopy(i);
        b.Space(i, i + static_cast<size_t>(len), TypeOf(e));
        break;
      default: {
        const std::string_view with = std::string_view(blk.pool).substr(OffOf(e), LenOf(e));
        if (with.size() == static_cast<size_t>(len) &&
            base::Utf8SeqLen(static_cast<unsigned char>(with[0])) == len) {
          b.Substitute(i, i + static_cast<size_t>(len), with);
        } else {
          b.FlushCopy(i);
          b.Replace(i, i + static_cast<size_t>(len), with);
        }
        break;
      }
    }
    i += static_cast<size_t>(len);
  }
  b.Finish(n);
}

std::string NormalizeString(std::string_view in) {
  NormalizedText out;
  Normalize(in, NormalizeOptions{false}, &out);
  return std::move(out.text);
}

}  // namespace figcheck::text
