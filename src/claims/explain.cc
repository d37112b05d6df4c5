// `figcheck explain`: what every rule did on every sentence, and for rules
// that came close, why they did not fire.
#include <set>

#include "base/utf8.h"
#include "claims/engine_internal.h"

namespace figcheck::claims {

using rulebook::PatternNode;
using rulebook::PatternSeq;

namespace {

// The words of a rule's patterns found in the sentence, and the required
// ones (outside groups and not optional) that are not.
struct Evidence {
  std::vector<std::string> present;
  std::vector<std::string> missing;
  std::set<rulebook::Slot> slots;  // slots anywhere in the pattern
  bool significant = false;        // a word of 3 letters or more is here
};

// Function words ("in", "من") are in too many rules to make one "close".
bool Significant(std::string_view words) {
  return base::CountCodePoints(words) >= 3;
}

bool WordsAt(const text::TokenView& tv, size_t i, const std::vector<std::string>& words) {
  size_t k = 0;
  for (const std::string& w : words) {
    if (IsIgnoredToken(w)) continue;
    if (i + k >= tv.size() || tv.text(i + k) != w) return false;
    ++k;
  }
  return k > 0;
}

class EvidenceFinder {
 public:
  EvidenceFinder(const rulebook::RuleBook& book, const text::TokenView& tv, const std::string& lang)
      : book_(book), tv_(tv), lang_(lang) {}

  void Seq(const PatternSeq& seq, bool top, int depth, Evidence* ev) const {
    for (const PatternNode& n : seq) Node(n, top && !n.optional, depth, ev);
  }

 private:
  void Node(const PatternNode& n, bool required, int depth, Evidence* ev) const {
    if (depth > 16) return;
    switch (n.type) {
      case PatternNode::Type::kWords: {
        std::string shown;
        for (const std::string& w : n.words) shown += (shown.empty() ? "" : " ") + w;
        bool found = false;
        for (size_t i = 0; i < tv_.size() && !found; ++i) found = WordsAt(tv_, i, n.words);
        if (found) {
          ev->present.push_back("«" + shown + "»");
          ev->significant = ev->significant || Significant(shown);
        } else if (required) {
          ev->missing.push_back("«" + shown + "»");
        }
        break;
      }
      case PatternNode::Type::kRef: Ref(n, required, depth, ev); break;
      case PatternNode::Type::kSlot: ev->slots.insert(n.slot); break;
      case PatternNode::Type::kGroup:
        for (const PatternSeq& alt : n.alternatives) Seq(alt, false, depth, ev);
        break;
      default: break;
    }
  }

  void Ref(const PatternNode& n, bool required, int depth, Evidence* ev) const {
    if (const rulebook::Macro* m = book_.FindMacro(n.name, lang_)) {
      Seq(m->pattern.seq, false, depth + 1, ev);
      return;
    }
    const rulebook::Lexicon* lex = book_.FindLexicon(n.name, lang_);
    for (size_t i = 0; lex != nullptr && i < tv_.size(); ++i) {
      if (auto hit = lex->MatchAt(tv_, i)) {
        ev->present.push_back("{" + n.name + "} «" + hit->entry->surface + "»");
        ev->significant = ev->significant || Significant(hit->entry->surface);
        return;
      }
    }
    if (required) ev->missing.push_back("{" + n.name + "}");
  }

  const rulebook::RuleBook& book_;
  const text::TokenView& tv_;
  const std::string& lang_;
};

// The parts, each once, in order of first appearance.
std::string Join(const std::vector<std::string>& parts) {
  std::string out;
  std::set<std::string> seen;
  for (const std::string& p : parts) {
    if (seen.insert(p).second) out += (out.empty() ? "" : ", ") + p;
  }
  return out;
}

}  // namespace

void ClaimEngine::ExplainNearMisses(const Lang& lang, const Work& w,
                                    const std::vector<Match>& matched, SentenceTrace* out) const {
  std::set<const rulebook::ClaimRule*> seen;
  for (const Match& m : matched) seen.insert(lang.rules[m.rule].rule);
  const text::TokenView tv = w.View();
  const EvidenceFinder finder(*book_, tv, w.lang);
  for (const CompiledRule& compiled : lang.rules) {
    if (!seen.insert(compiled.rule).second) continue;  // matched, or a rule already seen
    const rulebook::ClaimRule& rule = *compiled.rule;
    Evidence ev;
    for (const auto& p : rule.patterns) finder.Seq(p.seq, rule.patterns.size() == 1, 0, &ev);
    if (!ev.significant) continue;
    const rulebook::Slot figure = rulebook::FigureSlot(rule.kind);
    bool has_figure = false;
    for (const Mention* m : w.mentions) has_figure = has_figure || SlotBinds(figure, m->kind);
    std::string reason = "found " + Join(ev.present) + "; ";
    if (!has_figure) {
      reason +=
          "but the sentence has no mention for its {" + std::string(SlotName(figure)) + "} slot";
      if (!w.mentions.empty()) {
        std::vector<std::string> kinds;
        for (const Mention* m : w.mentions) kinds.push_back(MentionKindName(m->kind));
        reason += " (it has: " + Join(kinds) + ")";
      }
    } else if (!ev.missing.empty()) {
      reason += "missing " + Join(ev.missing);
    } else {
      reason += "its words are here, but not in the pattern's order or within its gaps";
    }
    RuleTrace t;
    t.rule_id = rule.id;
    t.key = rule.key;
    t.outcome = RuleTrace::Outcome::kNearMiss;
    t.reason = std::move(reason);
    out->rules.push_back(std::move(t));
  }
}

std::vector<SentenceTrace> ClaimEngine::Explain(const text::TextDocument& doc,
                                                const std::vector<Mention>& mentions) const {
  std::vector<SentenceTrace> out;
  size_t mi = 0;
  for (size_t s = 0; s < doc.sentences.size(); ++s) {
    std::vector<const Mention*> group;
    while (mi < mentions.size() && mentions[mi].sentence < s) ++mi;
    for (; mi < mentions.size() && mentions[mi].sentence == s; ++mi) group.push_back(&mentions[mi]);
    Work w;
    Prepare(doc, s, std::move(group), &w);
    SentenceTrace t;
    t.index = static_cast<uint32_t>(s);
    t.lang = w.lang;
    t.normalized = std::string(doc.NormText(doc.sentences[s].norm));
    t.tagged = w.tagged.Readable(w.mentions);
    for (const Mention* m : w.mentions) t.mentions.push_back(*m);
    for (const auto& e : book_->gazetteer().FindAll(w.View(), w.lang)) {
      t.entities.push_back(e.entity->id);
    }
    // Without a figure no rule can fire: say so once (the printer does)
    // rather than list every rule whose words are here.
    const auto lang = langs_.find(w.lang);
    if (lang != langs_.end() && !w.mentions.empty()) ExplainRules(*lang->second, &w, &t);
    out.push_back(std::move(t));
  }
  return out;
}

void ClaimEngine::ExplainRules(const Lang& lang, Work* w, SentenceTrace* t) const {
  std::vector<Match> all;
  MatchRules(lang, *w, true, &all);
  const std::vector<Match> winners = Winners(lang, all);
  auto trace = [&](const Match& m, RuleTrace::Outcome outcome) {
    RuleTrace r;
    r.rule_id = lang.rules[m.rule].rule->id;
    r.key = lang.rules[m.rule].rule->key;
    r.outcome = outcome;
    r.matched = w->tagged.Readable(w->mentions, m.first, m.last);
    if (m.mention >= 0) {
      std::string why;
      r.claim = MakeClaim(w, m, lang, &why);
      r.reason =
          why.empty() ? "no scope: the sentence and the one before name no entity" : "scope " + why;
    }
    return r;
  };
  for (const Match& m : winners) {
    const bool veto = lang.rules[m.rule].rule->veto;
    RuleTrace r = trace(m, veto ? RuleTrace::Outcome::kVetoed : RuleTrace::Outcome::kFired);
    if (veto) r.reason = "a veto: the figure makes no claim from any rule";
    t->rules.push_back(std::move(r));
  }
  for (const Match& m : all) {
    const bool won = std::any_of(winners.begin(), winners.end(), [&](const Match& x) {
      return x.rule == m.rule && x.mention == m.mention && x.first == m.first;
    });
    if (won) continue;
    if (m.mention < 0) {
      RuleTrace r = trace(m, RuleTrace::Outcome::kNearMiss);
      r.reason = "the pattern matched, but its figure slot (optional) took no mention";
      t->rules.push_back(std::move(r));
      continue;
    }
    RuleTrace r = trace(m, RuleTrace::Outcome::kSuperseded);
    for (const Match& x : winners) {
      if (x.mention != m.mention) continue;
      const rulebook::ClaimRule& wr = *lang.rules[x.rule].rule;
      const rulebook::ClaimRule& mr = *lang.rules[m.rule].rule;
      r.reason = "rule '" + wr.id + "' won the same figure: ";
      if (wr.veto) {
        r.reason += "a veto";
      } else if (wr.priority != mr.priority) {
        r.reason += "higher priority";
      } else if (x.evidence != m.evidence) {
        r.reason += "more tokens matched (" + std::to_string(x.evidence) + " against " +
                    std::to_string(m.evidence) + ")";
      } else if (x.skipped != m.skipped) {
        r.reason += "fewer tokens skipped by gaps (" + std::to_string(x.skipped) + " against " +
                    std::to_string(m.skipped) + ")";
      } else {
        r.reason += "an equally good match, loaded first";
        r.by_order = &wr != &mr;
      }
    }
    t->rules.push_back(std::move(r));
  }
  ExplainNearMisses(lang, *w, all, t);
}

}  // namespace figcheck::claims
