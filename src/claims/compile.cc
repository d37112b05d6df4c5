#include "claims/compile.h"

#include <re2/re2.h>

#include <algorithm>

#include "claims/tagged.h"

namespace figcheck::claims {

using rulebook::PatternNode;
using rulebook::PatternSeq;
using rulebook::Slot;

bool SlotBinds(Slot slot, MentionKind kind) {
  switch (slot) {
    case Slot::kCount: return kind == MentionKind::kNumber || kind == MentionKind::kRange;
    case Slot::kDate: return kind == MentionKind::kDate || kind == MentionKind::kYear;
    case Slot::kDuration: return kind == MentionKind::kDuration;
    case Slot::kPercent: return kind == MentionKind::kPercent;
    case Slot::kMoney: return kind == MentionKind::kMoney;
    case Slot::kMention: return true;
    case Slot::kScope: return false;
  }
  return false;
}

namespace {

// Mentions a slot binds (SlotBinds above), as placeholder kind letters (tagged.cc).
const char* SlotLetters(Slot slot) {
  switch (slot) {
    case Slot::kCount: return "[nr]";
    case Slot::kDate: return "[dy]";
    case Slot::kDuration: return "u";
    case Slot::kPercent: return "p";
    case Slot::kMoney: return "m";
    case Slot::kMention: return "[a-z]";
    case Slot::kScope: return "";
  }
  return "";
}

// The kind letters of the mentions a slot binds, for a negated class.
const char* SlotLetterSet(Slot slot) {
  switch (slot) {
    case Slot::kCount: return "nr";
    case Slot::kDate: return "dy";
    case Slot::kDuration: return "u";
    case Slot::kPercent: return "p";
    case Slot::kMoney: return "m";
    case Slot::kMention: return "a-z";
    case Slot::kScope: return "";
  }
  return "";
}

// Gaps that separate a figure at an edge of the pattern from all the rest
// of it: the first gap inward from the figure, past optional elements only
// ("{count} ...4 injured", "killed ...3 {count}"). Such a gap may not skip
// a mention the figure's slot could bind: the words beyond it are about
// that nearer figure ("risen to 27, with 150 people injured").
std::vector<const PatternNode*> EdgeGaps(const PatternSeq& seq, Slot figure) {
  std::vector<const PatternNode*> out;
  auto is_figure = [&](const PatternNode& n) {
    return n.type == PatternNode::Type::kSlot && n.slot == figure && !n.optional;
  };
  const int size = static_cast<int>(seq.size());
  auto inward = [&](int from, int step) {
    for (int i = from; i >= 0 && i < size; i += step) {
      if (seq[i].type == PatternNode::Type::kGap) {
        out.push_back(&seq[i]);
        return;
      }
      if (!seq[i].optional) return;
    }
  };
  if (size < 2) return out;
  if (is_figure(seq.front())) inward(1, 1);
  if (is_figure(seq.back())) inward(size - 2, -1);
  return out;
}

// A character class that matches nothing: an empty lexicon.
constexpr const char* kNever = "[^\\x00-\\x{10FFFF}]";

std::string Words(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) {
    if (IsIgnoredToken(w)) continue;
    out += RE2::QuoteMeta(w);
    out += ' ';
  }
  return out;
}

}  // namespace

// Emits one rule's regular expression, numbering capturing groups as RE2
// will (by their opening parenthesis, left to right).
class PatternCompiler::Emitter {
 public:
  Emitter(PatternCompiler* compiler, const std::string& lang, Slot figure, bool capture)
      : c_(compiler), lang_(lang), figure_(figure), capture_(capture) {}

  // Marks the edge gaps (EdgeGaps) of the pattern's top-level sequence.
  void SetEdgeGaps(std::vector<const PatternNode*> gaps) { edge_gaps_ = std::move(gaps); }

  void Seq(const PatternSeq& seq, int depth) {
    for (const PatternNode& n : seq) Node(n, depth);
  }

  CompiledPattern result;

 private:
  void Node(const PatternNode& n, int depth) {
    std::string& out = result.regex;
    if (n.optional) out += "(?:";
    switch (n.type) {
      case PatternNode::Type::kWords: out += "(?:" + Words(n.words) + ")"; break;
      case PatternNode::Type::kRef: Ref(n, depth); break;
      case PatternNode::Type::kSlot: SlotNode(n); break;
      case PatternNode::Type::kGap: {
        if (capture_) result.gap_groups.push_back(++result.groups);
        out += capture_ ? "(" : "(?:";
        const bool edge =
            std::find(edge_gaps_.begin(), edge_gaps_.end(), &n) != edge_gaps_.end();
        // A token; next to an edge figure, any token but a placeholder the
        // figure's slot binds.
        const std::string token =
            edge ? std::string("(?:[^ \\x{E000}][^ ]*|\\x{E000}[^ ") + SlotLetterSet(figure_) +
                       "][^ ]*) "
                 : std::string("[^ ]+ ");
        out += "(?:" + token + "){0," + std::to_string(n.gap) + "}?)";
        break;
      }
      case PatternNode::Type::kRegex: {
        out += "(?:" + n.regex + ") ";
        RE2 re(n.regex, RE2::Quiet);
        result.groups += std::max(0, re.NumberOfCapturingGroups());
        break;
      }
      case PatternNode::Type::kGroup:
        out += "(?:";
        for (size_t i = 0; i < n.alternatives.size(); ++i) {
          if (i > 0) out += '|';
          Seq(n.alternatives[i], depth);
        }
        out += ')';
        break;
    }
    if (n.optional) out += ")?";
  }

  void Ref(const PatternNode& n, int depth) {
    std::string& out = result.regex;
    if (const rulebook::Macro* m = c_->book_.FindMacro(n.name, lang_)) {
      if (depth > 16) {  // a loop the loader reported; never reached with a valid book
        out += kNever;
        return;
      }
      out += "(?:";
      Seq(m->pattern.seq, depth + 1);
      out += ')';
      return;
    }
    out += c_->LexiconRegex(c_->book_.FindLexicon(n.name, lang_));
  }

  void SlotNode(const PatternNode& n) {
    std::string& out = result.regex;
    std::string body;
    if (n.slot == Slot::kScope) {
      body = c_->LexiconRegex(c_->book_.gazetteer().Names(lang_));
      body.pop_back();  // the lexicon form ends with its space
    } else {
      body = "\\x{E000}" + std::string(SlotLetters(n.slot)) + "[0-9]+";
    }
    const bool is_figure = n.slot == figure_;
    if (capture_ && (is_figure || n.slot == Slot::kScope)) {
      (is_figure ? result.figure_groups : result.scope_groups).push_back(++result.groups);
      out += "(" + body + ") ";
    } else {
      out += "(?:" + body + ") ";
    }
  }

  PatternCompiler* c_;
  const std::string& lang_;
  Slot figure_;
  bool capture_;
  std::vector<const PatternNode*> edge_gaps_;
};

// (?:clitic|...)?(?:entry|...) followed by a space; an entry before any
// shorter entry it begins, so that the longer of two overlapping entries is
// preferred.
const std::string& PatternCompiler::LexiconRegex(const rulebook::Lexicon* lex) {
  auto it = lexicon_regex_.find(lex);
  if (it != lexicon_regex_.end()) return it->second;
  std::vector<std::string> forms;
  const bool lam_al =
      lex != nullptr && std::find(lex->clitics.begin(), lex->clitics.end(),
                                  std::string(rulebook::kLamLam)) != lex->clitics.end();
  if (lex != nullptr) {
    for (const auto& e : lex->entries) {
      std::string w = Words(e.tokens);
      if (!w.empty()) w.pop_back();
      if (w.empty()) continue;
      // "لل" + rest for an entry "ال" + rest (rulebook/lexicon.h).
      if (lam_al && w.compare(0, rulebook::kAl.size(), rulebook::kAl) == 0 &&
          w.size() > rulebook::kAl.size() + 2) {
        forms.push_back(std::string(rulebook::kLamLam) + w.substr(rulebook::kAl.size()));
      }
      forms.push_back(std::move(w));
    }
  }
  // Byte order, but a form before any form it begins ("united states"
  // before "united"): of two entries that match at one place, the longer
  // is preferred, and neighbours share prefixes, which RE2 factors out of
  // an alternation ("united (?:states|kingdom)"), so every pattern that
  // names a lexicon compiles to a smaller program, sooner, and runs faster.
  std::sort(forms.begin(), forms.end(), [](const std::string& a, const std::string& b) {
    const size_t n = std::min(a.size(), b.size());
    const int c = a.compare(0, n, b, 0, n);
    return c != 0 ? c < 0 : a.size() > b.size();
  });
  forms.erase(std::unique(forms.begin(), forms.end()), forms.end());
  std::string out;
  if (forms.empty()) {
    out = std::string(kNever) + " ";
  } else {
    if (!lex->clitics.empty()) {
      out += "(?:";
      for (size_t i = 0; i < lex->clitics.size(); ++i) {
        if (i > 0) out += '|';
        out += RE2::QuoteMeta(lex->clitics[i]);
      }
      out += ")?";
    }
    out += "(?:";
    for (size_t i = 0; i < forms.size(); ++i) {
      if (i > 0) out += '|';
      out += forms[i];
    }
    out += ") ";
  }
  return lexicon_regex_[lex] = std::move(out);
}

std::vector<std::string> PatternCompiler::LexiconForms(const rulebook::Lexicon* lex) {
  std::vector<std::string> forms;
  if (lex == nullptr) return forms;
  for (const std::string& c : lex->clitics) {
    if (std::find(clitics_.begin(), clitics_.end(), c) == clitics_.end()) clitics_.push_back(c);
  }
  const bool lam_al = std::find(lex->clitics.begin(), lex->clitics.end(),
                                std::string(rulebook::kLamLam)) != lex->clitics.end();
  for (const auto& e : lex->entries) {
    // As Words() and LexiconRegex(), without the quoting.
    std::string w;
    for (const std::string& t : e.tokens) {
      if (IsIgnoredToken(t)) continue;
      w += t;
      w += ' ';
    }
    if (w.empty()) continue;
    if (lam_al && w.compare(0, rulebook::kAl.size(), rulebook::kAl) == 0 &&
        w.size() > rulebook::kAl.size() + 3) {
      forms.push_back(std::string(rulebook::kLamLam) + w.substr(rulebook::kAl.size()));
    }
    forms.push_back(std::move(w));
  }
  std::sort(forms.begin(), forms.end());
  forms.erase(std::unique(forms.begin(), forms.end()), forms.end());
  return forms;
}

void PatternCompiler::Require(const PatternSeq& seq, const std::string& lang, int depth,
                              Clauses* out) {
  // A clause of strings any of which the text holds; one too short to
  // filter makes the whole clause useless.
  auto add = [&](std::vector<std::string> clause) {
    if (clause.empty()) return;
    for (const std::string& s : clause) {
      if (s.size() < kMinAtomBytes) return;
    }
    out->push_back(std::move(clause));
  };
  for (const PatternNode& n : seq) {
    if (n.optional) continue;
    switch (n.type) {
      case PatternNode::Type::kWords: {
        std::string w;
        for (const std::string& t : n.words) {
          if (IsIgnoredToken(t)) continue;
          w += t;
          w += ' ';
        }
        add({w});
        break;
      }
      case PatternNode::Type::kRef:
        if (const rulebook::Macro* m = book_.FindMacro(n.name, lang)) {
          if (depth <= 16) Require(m->pattern.seq, lang, depth + 1, out);
        } else {
          add(LexiconForms(book_.FindLexicon(n.name, lang)));
        }
        break;
      case PatternNode::Type::kSlot:
        if (n.slot == Slot::kScope) {
          add(LexiconForms(book_.gazetteer().Names(lang)));
        } else if (n.slot != Slot::kMention) {
          // A placeholder: U+E000 and the kind letter (tagged.h).
          std::vector<std::string> clause;
          for (const char* l = SlotLetterSet(n.slot); *l != '\0'; ++l) {
            clause.push_back(std::string("\xEE\x80\x80") + *l);
          }
          add(std::move(clause));
        }
        break;
      case PatternNode::Type::kGroup: {
        // One clause of each alternative, the narrowest: whichever
        // alternative matched, its clause holds, so their union does.
        std::vector<std::string> any;
        for (const PatternSeq& alt : n.alternatives) {
          Clauses c;
          Require(alt, lang, depth, &c);
          if (c.empty()) {
            any.clear();
            break;
          }
          const auto narrowest =
              std::min_element(c.begin(), c.end(), [](const auto& a, const auto& b) {
                return a.size() < b.size();
              });
          any.insert(any.end(), narrowest->begin(), narrowest->end());
        }
        std::sort(any.begin(), any.end());
        any.erase(std::unique(any.begin(), any.end()), any.end());
        add(std::move(any));
        break;
      }
      case PatternNode::Type::kGap:
      case PatternNode::Type::kRegex: break;
    }
  }
}

CompiledPattern PatternCompiler::Compile(const rulebook::ClaimRule& rule, size_t pattern) {
  const Slot figure = rulebook::FigureSlot(rule.kind);
  Emitter e(this, rule.lang, figure, true);
  e.result.regex = " ";
  e.SetEdgeGaps(EdgeGaps(rule.patterns[pattern].seq, figure));
  e.Seq(rule.patterns[pattern].seq, 0);
  Require(rule.patterns[pattern].seq, rule.lang, 0, &e.result.clauses);
  return std::move(e.result);
}

std::string PatternCompiler::Fragment(const PatternSeq& seq, const std::string& lang) {
  Emitter e(this, lang, Slot::kMention, false);
  e.Seq(seq, 0);
  return std::move(e.result.regex);
}

}  // namespace figcheck::claims
