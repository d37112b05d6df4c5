// A recursive-descent parser for claim patterns (grammar in pattern.h).
#include "rulebook/pattern.h"

#include <re2/re2.h>

#include "rulebook/lexicon.h"

namespace figcheck::rulebook {

const std::vector<std::string>& SlotNames() {
  static const std::vector<std::string> names = {"count", "date",    "duration", "percent",
                                                 "money", "mention", "scope"};
  return names;
}

std::optional<Slot> ParseSlot(std::string_view name) {
  const auto& names = SlotNames();
  for (size_t i = 0; i < names.size(); ++i) {
    if (names[i] == name) return static_cast<Slot>(i);
  }
  return std::nullopt;
}

const char* SlotName(Slot slot) {
  return SlotNames()[static_cast<size_t>(slot)].c_str();
}

namespace {

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}
bool IsSpecial(char c) {
  return c == '{' || c == '}' || c == '(' || c == ')' || c == '|' || c == '?' || c == '/';
}
bool IsNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '-' || c == '.';
}

class Parser {
 public:
  Parser(std::string_view text, PatternError* error) : s_(text), error_(error) {}

  bool ParseAll(PatternSeq* out) {
    SkipSpace();
    if (pos_ >= s_.size()) return Fail("the pattern is empty", 0);
    std::vector<PatternSeq> alts;
    if (!ParseAlternatives(&alts)) return false;
    if (pos_ < s_.size()) return Fail("')' without a matching '('", pos_);
    if (alts.size() == 1) {
      *out = std::move(alts[0]);
    } else {
      PatternNode group;
      group.type = PatternNode::Type::kGroup;
      group.alternatives = std::move(alts);
      out->push_back(std::move(group));
    }
    return true;
  }

 private:
  bool Fail(std::string message, size_t offset) {
    error_->message = std::move(message);
    error_->offset = static_cast<uint32_t>(offset);
    return false;
  }

  void SkipSpace() {
    while (pos_ < s_.size() && IsSpace(s_[pos_])) ++pos_;
  }

  // alternative ( '|' alternative )*, stopping before ')' or the end.
  bool ParseAlternatives(std::vector<PatternSeq>* alts) {
    while (true) {
      const size_t start = pos_;
      PatternSeq seq;
      if (!ParseSequence(&seq)) return false;
      if (seq.empty()) return Fail("an alternative is empty (use '?' for optional parts)", start);
      alts->push_back(std::move(seq));
      if (pos_ < s_.size() && s_[pos_] == '|') {
        ++pos_;
        continue;
      }
      return true;
    }
  }

  bool ParseSequence(PatternSeq* seq) {
    while (true) {
      SkipSpace();
      if (pos_ >= s_.size() || s_[pos_] == '|' || s_[pos_] == ')') return true;
      if (s_[pos_] == '?') {
        if (seq->empty()) return Fail("'?' must follow the element it makes optional", pos_);
        if (seq->back().optional) return Fail("'?' twice", pos_);
        seq->back().optional = true;
        ++pos_;
        continue;
      }
      PatternNode node;
      node.offset = static_cast<uint32_t>(pos_);
      if (!ParseElement(&node)) return false;
      seq->push_back(std::move(node));
    }
  }

  bool ParseElement(PatternNode* node) {
    const char c = s_[pos_];
    if (c == '{') return ParseBrace(node);
    if (c == '(') return ParseGroup(node);
    if (c == '/') return ParseRegex(node);
    if (c == '}') return Fail("'}' without a matching '{'", pos_);
    if (s_.compare(pos_, 3, "...") == 0) return ParseGap(node);
    return ParseWords(node);
  }

  bool ParseBrace(PatternNode* node) {
    const size_t open = pos_++;
    const size_t start = pos_;
    while (pos_ < s_.size() && IsNameChar(s_[pos_])) ++pos_;
    if (pos_ >= s_.size() || s_[pos_] != '}') {
      if (pos_ < s_.size() && s_[pos_] != '}' && s_.find('}', pos_) != std::string_view::npos) {
        return Fail("a {name} may hold only letters a-z, digits, '_', '-' and '.'", pos_);
      }
      return Fail("'{' without a matching '}'", open);
    }
    const std::string name(s_.substr(start, pos_ - start));
    ++pos_;
    if (name.empty()) return Fail("'{}' names nothing", open);
    node->name = name;
    if (auto slot = ParseSlot(name)) {
      node->type = PatternNode::Type::kSlot;
      node->slot = *slot;
    } else {
      node->type = PatternNode::Type::kRef;
    }
    return true;
  }

  bool ParseGroup(PatternNode* node) {
    const size_t open = pos_++;
    node->type = PatternNode::Type::kGroup;
    if (!ParseAlternatives(&node->alternatives)) return false;
    if (pos_ >= s_.size() || s_[pos_] != ')') return Fail("'(' without a matching ')'", open);
    ++pos_;
    return true;
  }

  bool ParseGap(PatternNode* node) {
    pos_ += 3;
    node->type = PatternNode::Type::kGap;
    node->gap = kDefaultGap;
    const size_t digits = pos_;
    int n = 0;
    while (pos_ < s_.size() && s_[pos_] >= '0' && s_[pos_] <= '9' && n <= kMaxGap) {
      n = n * 10 + (s_[pos_++] - '0');
    }
    if (pos_ > digits) {
      if (n < 1 || n > kMaxGap) {
        return Fail("a gap spans 1 to " + std::to_string(kMaxGap) + " tokens", digits);
      }
      node->gap = n;
    }
    if (pos_ < s_.size() && !IsSpace(s_[pos_]) && !IsSpecial(s_[pos_])) {
      return Fail("write a space after a gap ('...' or '...N')", pos_);
    }
    return true;
  }

  bool ParseRegex(PatternNode* node) {
    const size_t open = pos_++;
    std::string re;
    while (pos_ < s_.size() && s_[pos_] != '/') {
      if (s_[pos_] == '\\' && pos_ + 1 < s_.size() && s_[pos_ + 1] == '/') ++pos_;
      re += s_[pos_++];
    }
    if (pos_ >= s_.size()) return Fail("'/' without a closing '/'", open);
    ++pos_;
    if (re.empty()) return Fail("'//' is an empty regular expression", open);
    RE2 compiled(re, RE2::Quiet);
    if (!compiled.ok()) {
      // RE2 names the offending piece (error_arg); point at it.
      const size_t at = re.find(compiled.error_arg());
      return Fail("bad regular expression: " + compiled.error(),
                  open + 1 + (at == std::string::npos ? 0 : at));
    }
    node->type = PatternNode::Type::kRegex;
    node->regex = std::move(re);
    return true;
  }

  // A run of literal text up to a space or a special character.
  bool ParseWords(PatternNode* node) {
    const size_t start = pos_;
    std::string run;
    while (pos_ < s_.size() && !IsSpace(s_[pos_]) && !IsSpecial(s_[pos_])) {
      if (s_.compare(pos_, 3, "...") == 0) break;
      if (s_[pos_] == '\\') {
        if (++pos_ >= s_.size()) return Fail("'\\' at the end of the pattern", pos_ - 1);
      }
      run += s_[pos_++];
    }
    node->type = PatternNode::Type::kWords;
    node->words = PhraseTokens(run);
    if (node->words.empty()) return Fail("'" + run + "' has no words once normalized", start);
    return true;
  }

  std::string_view s_;
  size_t pos_ = 0;
  PatternError* error_;
};

}  // namespace

bool ParsePattern(std::string_view text, PatternSeq* out, PatternError* error) {
  out->clear();
  Parser parser(text, error);
  return parser.ParseAll(out);
}

}  // namespace figcheck::rulebook
