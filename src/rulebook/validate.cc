// What can only be checked once every file is read: references from rules
// to keys, lexicons and macros, from keys to keys, from entities to
// entities; duplicate rule ids; and the warnings of `rules lint`.
#include <map>
#include <set>

#include "rulebook/loader.h"

namespace figcheck::rulebook {

std::string PlaceString(const SourceLocation& where) {
  std::string out = where.path;
  if (where.line > 0) {
    out.append(1, ':').append(std::to_string(where.line));
    out.append(1, ':').append(std::to_string(where.column));
  }
  return out;
}

void RuleBookLoader::Finish() {
  book_->gazetteer_.Index();
  ValidateKeys();
  ValidateGazetteer();
  ValidateMacros();
  ValidateRules();
  WarnUnused();
}

void RuleBookLoader::ValidateKeys() {
  const KeyCatalogue& keys = book_->keys_;
  for (const auto& [name, key] : keys.keys()) {
    for (const std::string& whole : key.part_of) {
      const KeyInfo* w = keys.Find(whole);
      if (w == nullptr) {
        Report(Severity::kError, key.where,
               "key '" + name + "' is part_of '" + whole + "', which is not a key" +
                   DidYouMean(whole, keys.Names()));
      } else if (w->kind != key.kind) {
        Report(Severity::kError, key.where,
               "key '" + name + "' (a " + FigureKindName(key.kind) + ") cannot be part of '" +
                   whole + "' (a " + FigureKindName(w->kind) + ")");
      } else if (whole == name) {
        Report(Severity::kError, key.where, "key '" + name + "' cannot be part of itself");
      }
    }
  }
}

void RuleBookLoader::ValidateGazetteer() {
  const Gazetteer& gaz = book_->gazetteer_;
  std::vector<std::string> ids;
  for (const auto& [id, _] : gaz.entities()) ids.push_back(id);
  for (const auto& [id, e] : gaz.entities()) {
    if (e.within.empty()) continue;
    if (gaz.Find(e.within) == nullptr) {
      Report(Severity::kError, e.within_where,
             "entity '" + id + "' is within '" + e.within + "', which is not in the gazetteer" +
                 DidYouMean(e.within, ids));
    } else if (gaz.Encloses(e, e)) {
      Report(Severity::kError, e.within_where,
             "entity '" + id + "' ends up within itself ('within' makes a loop)");
    }
  }
}

bool RuleBookLoader::CheckRefs(const PatternText& pattern, const std::string& lang,
                               const PatternSeq& seq) {
  bool ok = true;
  VisitPattern(seq, [&](const PatternNode& n) {
    if (n.type != PatternNode::Type::kRef) return;
    if (book_->FindMacro(n.name, lang) || book_->FindLexicon(n.name, lang)) return;
    std::vector<std::string> names = SlotNames();
    for (const auto& [k, _] : book_->lexicons_) {
      if (k.second == lang || k.second == "any") names.push_back(k.first);
    }
    for (const auto& [k, _] : book_->macros_) {
      if (k.second == lang || k.second == "any") names.push_back(k.first);
    }
    std::string msg = "undefined placeholder '{" + n.name + "}': no lexicon or macro '" + n.name +
                      "' for language '" + lang + "'";
    const std::string near = NearestName(n.name, names);
    if (!near.empty()) msg += " (did you mean '{" + near + "}'?)";
    Report(Severity::kError, pattern.At(n.offset), msg);
    ok = false;
  });
  return ok;
}

namespace {

// Depth-first search for a macro that reaches itself.
bool MacroCycle(const RuleBook& book, const Macro& m, std::vector<std::string>* path) {
  for (const std::string& p : *path) {
    if (p == m.name) return true;
  }
  path->push_back(m.name);
  bool cycle = false;
  VisitPattern(m.pattern.seq, [&](const PatternNode& n) {
    if (cycle || n.type != PatternNode::Type::kRef) return;
    if (const Macro* next = book.FindMacro(n.name, m.lang == "any" ? "any" : m.lang)) {
      cycle = MacroCycle(book, *next, path);
    }
  });
  if (!cycle) path->pop_back();
  return cycle;
}

}  // namespace

void RuleBookLoader::ValidateMacros() {
  for (const auto& [k, m] : book_->macros_) {
    if (!CheckRefs(m.pattern, m.lang, m.pattern.seq)) continue;
    std::vector<std::string> path;
    if (MacroCycle(*book_, m, &path)) {
      std::string chain;
      for (const std::string& p : path) chain += "{" + p + "} -> ";
      Report(Severity::kError, m.where,
             "macro '" + m.name + "' uses itself: " + chain + "{" + path.front() + "}");
    }
  }
}

bool PatternHasSlot(const RuleBook& book, const PatternSeq& seq, const std::string& lang, Slot slot,
                    int depth) {
  if (depth > 16) return false;  // a macro loop, reported elsewhere
  bool found = false;
  VisitPattern(seq, [&](const PatternNode& n) {
    if (found) return;
    if (n.type == PatternNode::Type::kSlot && n.slot == slot) found = true;
    if (n.type == PatternNode::Type::kRef) {
      if (const Macro* m = book.FindMacro(n.name, lang)) {
        found = PatternHasSlot(book, m->pattern.seq, lang, slot, depth + 1);
      }
    }
  });
  return found;
}

void RuleBookLoader::ValidateRules() {
  std::map<std::string, const ClaimRule*> ids;
  for (ClaimRule& rule : book_->claim_rules_) {
    auto [it, fresh] = ids.emplace(rule.id, &rule);
    if (!fresh) {
      Report(Severity::kError, rule.where,
             "duplicate rule id '" + rule.id + "' (first defined at " +
                 PlaceString(it->second->where) + ")");
    }
    const KeyInfo* key = book_->keys_.Find(rule.key);
    if (key == nullptr) {
      Report(Severity::kError, rule.key_where,
             "key '" + rule.key +
                 "' is not in the key catalogue (keys:, e.g. "
                 "rules/common/keys.yaml)" +
                 DidYouMean(rule.key, book_->keys_.Names()));
    } else {
      rule.kind = key->kind;
    }
    for (const PatternText& p : rule.patterns) {
      if (!CheckRefs(p, rule.lang, p.seq) || key == nullptr) continue;
      const Slot figure = FigureSlot(rule.kind);
      if (!PatternHasSlot(*book_, p.seq, rule.lang, figure)) {
        Report(Severity::kError, p.where,
               "the pattern has no {" + std::string(SlotName(figure)) + "} slot for the " +
                   FigureKindName(rule.kind) + " that key '" + rule.key + "' measures");
      }
    }
  }
}

void RuleBookLoader::WarnUnused() {
  std::set<std::pair<std::string, std::string>> used_lex, used_macro;
  auto mark = [&](const PatternSeq& seq, const std::string& lang) {
    VisitPattern(seq, [&](const PatternNode& n) {
      if (n.type != PatternNode::Type::kRef) return;
      if (const Macro* m = book_->FindMacro(n.name, lang)) {
        used_macro.insert({m->name, m->lang});
      } else if (const Lexicon* l = book_->FindLexicon(n.name, lang)) {
        used_lex.insert({l->name, l->lang});
      }
    });
  };
  std::set<std::string> claim_files;
  for (const ClaimRule& r : book_->claim_rules_) {
    claim_files.insert(r.where.path);
    for (const PatternText& p : r.patterns) mark(p.seq, r.lang);
    if (r.examples.empty()) {
      Report(Severity::kWarning, r.where, "rule '" + r.id + "' has no examples");
    }
  }
  for (const auto& [k, m] : book_->macros_) {
    claim_files.insert(m.where.path);
    // A macro of lang "any" is used by rules of every language.
    for (const std::string lang : {"ar", "en", "any"}) {
      if (m.lang == "any" || m.lang == lang) mark(m.pattern.seq, lang);
    }
  }
  // Lexicons in files of claim rules exist for patterns; lexicons elsewhere
  // may serve the number and date grammars, which name them in code.
  for (const auto& [k, lex] : book_->lexicons_) {
    if (claim_files.count(lex.where.path) && !used_lex.count(k)) {
      Report(Severity::kWarning, lex.where,
             "lexicon '" + lex.name + "' is not used by any pattern");
    }
  }
  for (const auto& [k, m] : book_->macros_) {
    if (!used_macro.count(k)) {
      Report(Severity::kWarning, m.where, "macro '" + m.name + "' is not used by any pattern");
    }
  }
}

}  // namespace figcheck::rulebook
