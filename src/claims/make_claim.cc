// Turning a winning match into a Claim: the figure, its unit, its scope and
// where it stands in the source text.
#include "claims/engine_internal.h"
#include "claims/scope.h"

#include <algorithm>

namespace figcheck::claims {

ClaimEngine::Match MakeMatch(const TaggedSentence& tagged, const CompiledRule& rule,
                             uint32_t rule_index, const std::vector<re2::StringPiece>& sub) {
  ClaimEngine::Match m;
  m.rule = rule_index;
  const char* base = tagged.text.data();
  const size_t start = sub[0].data() - base;  // the space before the first token
  const size_t end = start + sub[0].size();   // just after the space after the last
  const int first = tagged.TokenAt(start + 1);
  const int last = end >= 2 ? tagged.TokenContaining(end - 2) : -1;
  if (first >= 0 && last >= first) {
    m.first = static_cast<uint32_t>(first);
    m.last = static_cast<uint32_t>(last + 1);
  }
  uint32_t skipped = 0;
  for (int g : rule.pattern.gap_groups) {
    if (sub[g].data() == nullptr) continue;
    for (char c : sub[g]) skipped += c == ' ';
  }
  m.evidence = m.last - m.first >= skipped ? m.last - m.first - skipped : 0;
  m.skipped = skipped;
  for (int g : rule.pattern.figure_groups) {
    if (sub[g].data() == nullptr) continue;
    m.figure_token = tagged.TokenAt(sub[g].data() - base);
    if (m.figure_token >= 0) m.mention = tagged.tokens[m.figure_token].mention;
    break;
  }
  for (int g : rule.pattern.scope_groups) {
    if (sub[g].data() == nullptr) continue;
    m.scope_token = tagged.TokenAt(sub[g].data() - base);
    break;
  }
  return m;
}

namespace {

std::string CollapseSpace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

// Entities that may be what a figure is about: all but those named right
// after an entry of the language's `scope_set_aside` lexicon ("الحدود مع",
// "the border with"), which are neighbours or points of comparison. Names
// what it left out in *why.
std::vector<rulebook::EntityMatch> ScopeCandidates(const rulebook::RuleBook& book,
                                                   const std::string& lang,
                                                   const text::TokenView& tv,
                                                   const std::vector<rulebook::EntityMatch>& all,
                                                   std::string* why) {
  const rulebook::Lexicon* aside = book.FindLexicon(kScopeSetAside, lang);
  if (aside == nullptr) return all;
  std::vector<rulebook::EntityMatch> out;
  for (const rulebook::EntityMatch& e : all) {
    const auto hit = e.begin > 0 ? aside->MatchEndingAt(tv, e.begin) : std::nullopt;
    if (!hit) {
      out.push_back(e);
      continue;
    }
    if (why == nullptr) continue;
    std::string words;
    for (size_t i = hit->begin; i < hit->end; ++i) {
      if (!words.empty()) words += ' ';
      words += tv.text(i);
    }
    *why += (why->empty() ? "" : ", ") + e.entity->id + " (after «" + words + "»)";
  }
  return out;
}

}  // namespace

std::string ClaimEngine::ScopeOf(Work* w, const Match& m, std::string* why) const {
  const rulebook::Gazetteer& gaz = book_->gazetteer();
  const text::TokenView tv = w->View();
  if (m.scope_token >= 0) {
    const rulebook::Lexicon* names = gaz.Names(w->lang);
    auto hit = names ? names->MatchAt(tv, w->tagged.tokens[m.scope_token].tok_begin) : std::nullopt;
    const rulebook::Entity* e = hit ? gaz.Find(hit->entry->Attr("id")) : nullptr;
    if (why) *why = e ? e->id + " (named in the rule's {scope} slot)" : "";
    return e ? e->id : "";
  }
  if (!w->entities) w->entities = gaz.FindAll(tv, w->lang);
  const TaggedToken& fig = w->tagged.tokens[m.figure_token];
  std::string aside;
  const std::vector<rulebook::EntityMatch> here =
      ScopeCandidates(*book_, w->lang, tv, *w->entities, why ? &aside : nullptr);
  auto note_aside = [&] {
    if (why && !aside.empty()) *why += "; neighbours set aside: " + aside;
  };
  if (!here.empty()) {
    const size_t match_end = m.last > 0 ? w->tagged.tokens[m.last - 1].tok_end : fig.tok_end;
    const FigurePlace place{fig.tok_begin, fig.tok_end, std::max<size_t>(match_end, fig.tok_end)};
    const rulebook::Entity* e = PickScope(gaz, here, place, why);
    note_aside();
    return e ? e->id : "";
  }
  // No entity here: the previous sentence of the same paragraph, if any.
  const auto& sentences = w->doc->sentences;
  const size_t s = w->sentence;
  if (s == 0 || sentences[s - 1].paragraph != sentences[s].paragraph) return "";
  if (!w->previous_entities) {
    text::Tokenize(w->doc->norm.text, sentences[s - 1].norm, &w->previous_tokens);
    const text::TokenView prev(w->doc->norm.text, w->previous_tokens);
    w->previous_entities = gaz.FindAll(prev, w->lang);
  }
  const size_t n = w->previous_tokens.size();
  const text::TokenView previous(w->doc->norm.text, w->previous_tokens);
  const std::vector<rulebook::EntityMatch> before =
      ScopeCandidates(*book_, w->lang, previous, *w->previous_entities, nullptr);
  const rulebook::Entity* e = PickScope(gaz, before, FigurePlace{n, n, n}, why);
  if (why && e) *why += "; from the previous sentence, which this one continues";
  note_aside();
  return e ? e->id : "";
}

Claim ClaimEngine::MakeClaim(Work* w, const Match& m, const Lang& lang,
                             std::string* scope_why) const {
  const text::TextDocument& doc = *w->doc;
  const CompiledRule& r = lang.rules[m.rule];
  const Mention& fig = *w->mentions[m.mention];
  Claim c;
  c.key = r.rule->key;
  c.rule_id = r.rule->id;
  c.kind = rulebook::FigureKindName(r.rule->kind);
  c.figure = fig;
  if (fig.kind == MentionKind::kYear && !fig.date && fig.value) {
    // A year bound as a date is the whole year.
    DateValue d;
    d.from = CivilDate{static_cast<int>(*fig.value), 1, 1};
    d.to = CivilDate{d.from.year, 12, 31};
    d.granularity = DateGranularity::kYear;
    c.figure.date = d;
  }
  // The rule's unit, else the figure's own (USD, percent, day), else the key's.
  if (!r.rule->unit.empty()) {
    c.unit = r.rule->unit;
  } else if (fig.duration) {
    c.unit = DurationUnitName(fig.duration->unit);
  } else if (!fig.unit.empty()) {
    c.unit = fig.unit;
  } else if (r.key != nullptr) {
    c.unit = r.key->unit;
  }
  c.scope = ScopeOf(w, m, scope_why);
  c.span = fig.span;
  c.sentence_span = doc.NormToSource(doc.sentences[w->sentence].norm);
  c.begin = doc.lines.PositionOf(c.span.begin);
  c.end = doc.lines.PositionOf(c.span.end);
  c.text = std::string(doc.SourceText(c.span));
  c.sentence_text = CollapseSpace(doc.SourceText(c.sentence_span));
  return c;
}

}  // namespace figcheck::claims
