// Decoding input bytes to UTF-8.
//
// The order of decisions, first match wins:
//   1. an encoding named by the caller: that converter, strictly;
//   2. a byte order mark: UTF-8, UTF-16 LE/BE or UTF-32 LE/BE;
//   3. NUL bytes: binary, refused (UTF-16 without a BOM must be named);
//   4. valid UTF-8;
//   5. ICU charset detection, accepted only when confident and not UTF-8
//      (a UTF-8 file with a few corrupt bytes is reported, not guessed at).
// Conversions never substitute: a byte sequence the converter cannot map is
// an error naming its offset, so every character of the source text is one
// the input really held.
#include "text/decode.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <cstring>
#include <memory>

#include "base/utf8.h"

namespace figcheck::text {
namespace {

// ICU charset detection is right often enough at or above this confidence
// (0..100) on news-length text; below it, guessing does more harm than an
// error that asks for --encoding.
constexpr int32_t kMinDetectConfidence = 50;

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

struct DetectorCloser {
  void operator()(UCharsetDetector* d) const { ucsdet_close(d); }
};

Status DecodeError(std::string_view name, std::string message) {
  return Status(StatusCode::kDecodeError, std::move(message), SourceLocation{std::string(name), 0, 0});
}

// 1-based line of byte offset `at`, counting "\n" (and lone "\r") breaks.
uint32_t LineOf(std::string_view bytes, size_t at) {
  uint32_t line = 1;
  at = std::min(at, bytes.size());
  for (size_t i = 0; i < at; ++i) {
    if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.size() || bytes[i + 1] != '\n'))) {
      ++line;
    }
  }
  return line;
}

std::string BadByteMessage(std::string_view what, std::string_view bytes, size_t at) {
  return std::string(what) + " at byte " + std::to_string(at) + " (line " +
         std::to_string(LineOf(bytes, at)) + ")";
}

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && std::memcmp(s.data(), prefix.data(), prefix.size()) == 0;
}

// A decoded U+FEFF at the very start is a byte order mark, not text.
void StripLeadingBom(std::string* utf8) {
  if (StartsWith(*utf8, "\xEF\xBB\xBF")) utf8->erase(0, 3);
}

Status CheckNoNul(const std::string& utf8, std::string_view name) {
  const size_t nul = utf8.find('\0');
  if (nul == std::string::npos) return Status::Ok();
  return DecodeError(name, "binary input: NUL character at byte " + std::to_string(nul) +
                               " of the decoded text");
}

// Converts `bytes` with the ICU converter `cnv` to UTF-8, stopping at the
// first byte sequence the converter cannot map.
Status ConvertWithIcu(UConverter* cnv, std::string_view bytes, std::string_view encoding_label,
                      std::string_view name, std::string* out) {
  UErrorCode err = U_ZERO_ERROR;
  ucnv_setToUCallBack(cnv, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &err);
  ConverterPtr utf8(ucnv_open("UTF-8", &err));
  if (U_FAILURE(err)) {
    return Status(StatusCode::kInternal, std::string("ICU: ") + u_errorName(err));
  }
  out->clear();
  out->resize(bytes.size() + bytes.size() / 2 + 16);
  const char* src = bytes.data();
  const char* const src_end = bytes.data() + bytes.size();
  char* target = out->data();
  UChar pivot[1024];
  UChar* pivot_source = pivot;
  UChar* pivot_target = pivot;
  bool reset = true;
  while (true) {
    err = U_ZERO_ERROR;
    char* const target_end = out->data() + out->size();
    ucnv_convertEx(utf8.get(), cnv, &target, target_end, &src, src_end, pivot, &pivot_source,
                   &pivot_target, pivot + 1024, reset, /*flush=*/true, &err);
    reset = false;
    if (err == U_BUFFER_OVERFLOW_ERROR) {
      const size_t used = static_cast<size_t>(target - out->data());
      out->resize(out->size() * 2);
      target = out->data() + used;
      continue;
    }
    break;
  }
  if (U_FAILURE(err)) {
    // The source pointer stops just past the bytes that could not be mapped.
    char bad[32];
    int8_t bad_len = sizeof bad;
    UErrorCode ignored = U_ZERO_ERROR;
    ucnv_getInvalidChars(cnv, bad, &bad_len, &ignored);
    if (U_FAILURE(ignored)) bad_len = 0;
    const size_t consumed = static_cast<size_t>(src - bytes.data());
    const size_t at = consumed >= static_cast<size_t>(bad_len) ? consumed - bad_len : 0;
    if (err == U_TRUNCATED_CHAR_FOUND) {
      return DecodeError(name, BadByteMessage("input ends inside a " + std::string(encoding_label) +
                                                  " character",
                                              bytes, at));
    }
    return DecodeError(name, BadByteMessage("invalid " + std::string(encoding_label) + " bytes",
                                            bytes, at));
  }
  out->resize(static_cast<size_t>(target - out->data()));
  StripLeadingBom(out);
  return CheckNoNul(*out, name);
}

Result<DecodedText> DecodeUtf8Strict(std::string bytes, std::string_view name) {
  if (StartsWith(bytes, "\xEF\xBB\xBF")) bytes.erase(0, 3);
  Status nul = CheckNoNul(bytes, name);
  if (!nul.ok()) return nul;
  const size_t bad = base::FindInvalidUtf8(bytes);
  if (bad != std::string::npos) {
    return DecodeError(name, BadByteMessage("invalid UTF-8", bytes, bad));
  }
  DecodedText out;
  out.utf8 = std::move(bytes);
  out.encoding = "UTF-8";
  return out;
}

// The converter's MIME or IANA name ("windows-1256"), not ICU's internal one
// ("ibm-9448_X100-2005"); the caller's spelling when it has none.
std::string DisplayName(UConverter* cnv, const std::string& asked) {
  UErrorCode err = U_ZERO_ERROR;
  const char* internal = ucnv_getName(cnv, &err);
  if (U_FAILURE(err) || internal == nullptr) return asked;
  for (const char* standard : {"MIME", "IANA"}) {
    err = U_ZERO_ERROR;
    const char* name = ucnv_getStandardName(internal, standard, &err);
    if (U_SUCCESS(err) && name != nullptr) return name;
  }
  return internal;
}

Result<DecodedText> DecodeNamed(std::string_view bytes, const std::string& encoding,
                                std::string_view name, bool detected) {
  UErrorCode err = U_ZERO_ERROR;
  ConverterPtr cnv(ucnv_open(encoding.c_str(), &err));
  if (U_FAILURE(err) || cnv == nullptr) {
    return Status(StatusCode::kInvalidArgument,
                  "unknown encoding '" + encoding + "' (try windows-1256, ISO-8859-6, UTF-16LE)",
                  SourceLocation{std::string(name), 0, 0});
  }
  DecodedText out;
  out.encoding = DisplayName(cnv.get(), encoding);
  out.detected = detected;
  if (out.encoding == "UTF-8") {
    Result<DecodedText> utf8 = DecodeUtf8Strict(std::string(bytes), name);
    if (utf8.ok()) utf8->detected = detected;
    return utf8;
  }
  Status st = ConvertWithIcu(cnv.get(), bytes, out.encoding, name, &out.utf8);
  if (!st.ok()) return st;
  return out;
}

// The best match of ICU's charset detector, or "" when there is none.
std::string Detect(std::string_view bytes, int32_t* confidence) {
  *confidence = 0;
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, DetectorCloser> det(ucsdet_open(&err));
  if (U_FAILURE(err)) return "";
  // ICU takes an int32_t length; the first megabyte is plenty to decide.
  const int32_t len = static_cast<int32_t>(std::min<size_t>(bytes.size(), 1 << 20));
  ucsdet_setText(det.get(), bytes.data(), len, &err);
  const UCharsetMatch* match = ucsdet_detect(det.get(), &err);
  if (U_FAILURE(err) || match == nullptr) return "";
  const char* found = ucsdet_getName(match, &err);
  *confidence = ucsdet_getConfidence(match, &err);
  if (U_FAILURE(err) || found == nullptr) return "";
  return found;
}

}  // namespace

Result<DecodedText> Decode(std::string bytes, std::string_view encoding, std::string_view name) {
  if (!encoding.empty()) return DecodeNamed(bytes, std::string(encoding), name, false);

  // UTF-32 marks first: the UTF-32LE mark begins with the UTF-16LE one.
  if (StartsWith(bytes, std::string_view("\xFF\xFE\x00\x00", 4))) {
    return DecodeNamed(bytes, "UTF-32LE", name, false);
  }
  if (StartsWith(bytes, std::string_view("\x00\x00\xFE\xFF", 4))) {
    return DecodeNamed(bytes, "UTF-32BE", name, false);
  }
  if (StartsWith(bytes, "\xFF\xFE")) return DecodeNamed(bytes, "UTF-16LE", name, false);
  if (StartsWith(bytes, "\xFE\xFF")) return DecodeNamed(bytes, "UTF-16BE", name, false);
  if (StartsWith(bytes, "\xEF\xBB\xBF")) return DecodeUtf8Strict(std::move(bytes), name);

  const size_t nul = bytes.find('\0');
  if (nul != std::string::npos) {
    return DecodeError(name, "binary input: " + BadByteMessage("NUL byte", bytes, nul) +
                                 "; for UTF-16 without a byte order mark, name the encoding "
                                 "with --encoding UTF-16LE or UTF-16BE");
  }
  const size_t bad = base::FindInvalidUtf8(bytes);
  if (bad == std::string::npos) {
    DecodedText out;
    out.utf8 = std::move(bytes);
    out.encoding = "UTF-8";
    return out;
  }
  int32_t confidence = 0;
  const std::string guess = Detect(bytes, &confidence);
  if (!guess.empty() && guess != "UTF-8" && confidence >= kMinDetectConfidence) {
    Result<DecodedText> out = DecodeNamed(bytes, guess, name, true);
    if (out.ok()) return out;
  }
  return DecodeError(name, BadByteMessage("invalid UTF-8", bytes, bad) +
                               "; name an encoding with --encoding");
}

}  // namespace figcheck::text
