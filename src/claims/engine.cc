#include "claims/engine.h"

#include <re2/re2.h>

#include <algorithm>
#include <map>

#include "base/parallel_for.h"
#include "claims/compile.h"
#include "claims/engine_internal.h"
#include "claims/scope.h"

namespace figcheck::claims {

namespace {

// Regular expressions get a larger budget than RE2's default: patterns
// with the gazetteer in them are large, and the DFA caches states lazily.
RE2::Options RegexOptions() {
  RE2::Options o;
  o.set_log_errors(false);
  o.set_max_mem(64 << 20);
  return o;
}

bool NameMatches(const std::string& pattern, const std::string& name) {
  if (!pattern.empty() && pattern.back() == '*') {
    return name.compare(0, pattern.size() - 1, pattern, 0, pattern.size() - 1) == 0;
  }
  return pattern == name;
}

bool Disabled(const EngineOptions& options, const rulebook::ClaimRule& rule,
              std::vector<bool>* used) {
  bool off = false;
  for (size_t i = 0; i < options.disabled.size(); ++i) {
    if (NameMatches(options.disabled[i], rule.id) || NameMatches(options.disabled[i], rule.key)) {
      (*used)[i] = true;
      off = true;
    }
  }
  return off;
}

// Mentions a claim rule can bind: quantities, dates and durations (not
// ordinals, times, phone numbers or list markers).
bool Bindable(const Mention& m) {
  switch (m.kind) {
    case MentionKind::kNumber:
    case MentionKind::kRange:
    case MentionKind::kPercent:
    case MentionKind::kMoney:
    case MentionKind::kYear:
    case MentionKind::kDate:
    case MentionKind::kDuration: return true;
    default: return false;
  }
}

}  // namespace

ClaimEngine::~ClaimEngine() = default;

Result<std::unique_ptr<ClaimEngine>> ClaimEngine::Create(
    std::shared_ptr<const rulebook::RuleBook> book, const EngineOptions& options,
    std::vector<RuleDiagnostic>* diagnostics) {
  std::unique_ptr<ClaimEngine> engine(new ClaimEngine());
  engine->book_ = std::move(book);
  std::vector<RuleDiagnostic> local;
  std::vector<RuleDiagnostic>& diags = diagnostics ? *diagnostics : local;
  const size_t before = diags.size();
  std::vector<bool> used(options.disabled.size(), false);
  PatternCompiler compiler(*engine->book_);
  // Patterns are written out in rule order; their regular expressions,
  // each independent and a good part of the load time, compile in
  // parallel; then each language takes its rules in the same order.
  struct Pending {
    Lang* lang;
    CompiledRule rule;
  };
  std::vector<Pending> pending;
  for (const rulebook::ClaimRule& rule : engine->book_->claim_rules()) {
    if (Disabled(options, rule, &used)) continue;
    std::unique_ptr<Lang>& lang = engine->langs_[rule.lang];
    if (!lang) lang = std::make_unique<Lang>();
    for (size_t p = 0; p < rule.patterns.size(); ++p) {
      CompiledRule c;
      c.rule = &rule;
      c.key = engine->book_->keys().Find(rule.key);
      c.pattern_index = p;
      c.pattern = compiler.Compile(rule, p);
      pending.push_back(Pending{lang.get(), std::move(c)});
    }
  }
  const RE2::Options regex_options = RegexOptions();
  base::ParallelFor(pending.size(), [&](size_t i) {
    CompiledRule& c = pending[i].rule;
    c.re = std::make_unique<RE2>(c.pattern.regex, regex_options);
  });
  for (Pending& p : pending) {
    if (!p.rule.re->ok()) {
      const rulebook::ClaimRule& rule = *p.rule.rule;
      diags.push_back(RuleDiagnostic{Severity::kError, rule.patterns[p.rule.pattern_index].where,
                                     "rule '" + rule.id + "': the pattern does not compile: " +
                                         p.rule.re->error()});
      continue;
    }
    p.lang->rules.push_back(std::move(p.rule));
  }
  for (size_t i = 0; i < used.size(); ++i) {
    if (used[i]) continue;
    RuleDiagnostic d;
    d.message = "disable: '" + options.disabled[i] + "' matches no rule id or claim key";
    diags.push_back(std::move(d));
  }
  for (auto& [_, lang] : engine->langs_) lang->Build(compiler.clitics());
  for (size_t i = before; i < diags.size(); ++i) {
    if (diags[i].level == Severity::kError) {
      return Status(StatusCode::kRuleError, diags[i].message, diags[i].where);
    }
  }
  return engine;
}

void ClaimEngine::Lang::Build(const std::vector<std::string>& lexicon_clitics) {
  clitics = lexicon_clitics;
  std::map<std::string, uint32_t> ids;
  for (size_t r = 0; r < rules.size(); ++r) {
    rules[r].clause_count = rules[r].pattern.clauses.size();
    for (const std::vector<std::string>& clause : rules[r].pattern.clauses) {
      const auto c = static_cast<uint32_t>(clause_rule.size());
      clause_rule.push_back(static_cast<uint32_t>(r));
      for (const std::string& a : clause) {
        auto [it, added] = ids.try_emplace(a, static_cast<uint32_t>(atom_texts.size()));
        if (added) {
          atom_texts.push_back(a);
          atom_clauses.emplace_back();
        }
        std::vector<uint32_t>& of = atom_clauses[it->second];
        if (of.empty() || of.back() != c) of.push_back(c);
      }
    }
  }
  std::map<std::string_view, uint32_t> heads;
  for (uint32_t a = 0; a < atom_texts.size(); ++a) {
    const std::string& t = atom_texts[a];
    const size_t space = t.find(' ');
    if (space == std::string::npos) {
      prefix_atoms.push_back(a);
      continue;
    }
    auto [it, added] =
        heads.try_emplace(std::string_view(t).substr(0, space), static_cast<uint32_t>(heads.size()));
    if (added) head_atoms.emplace_back();
    head_atoms[it->second].push_back(a);
  }
  for (const auto& [head, list] : heads) atom_heads.Insert(head, list + 1);
  atom_heads.Build();
}

void ClaimEngine::Lang::Candidates(const std::string& text, std::vector<int>* out) const {
  out->clear();
  // A rule is a candidate when every one of its clauses holds an atom found.
  std::vector<bool> hit(clause_rule.size(), false);
  std::vector<uint32_t> satisfied(rules.size(), 0);
  auto found = [&](uint32_t a) {
    for (uint32_t c : atom_clauses[a]) {
      if (hit[c]) continue;
      hit[c] = true;
      ++satisfied[clause_rule[c]];
    }
  };
  const std::string_view t(text);
  size_t s = 0;
  while (s < t.size()) {
    if (t[s] == ' ') {
      ++s;
      continue;
    }
    size_t e = t.find(' ', s);
    if (e == std::string_view::npos) e = t.size();
    // The atoms starting at `at`, whose first word ends where the token does.
    auto starting_at = [&](size_t at) {
      const uint32_t list = atom_heads.Bits(t.substr(at, e - at));
      if (list == 0) return;
      for (uint32_t a : head_atoms[list - 1]) {
        if (t.compare(at, atom_texts[a].size(), atom_texts[a]) == 0) found(a);
      }
    };
    starting_at(s);
    for (const std::string& c : clitics) {
      if (e - s > c.size() && t.compare(s, c.size(), c) == 0) starting_at(s + c.size());
    }
    for (uint32_t a : prefix_atoms) {
      if (t.compare(s, atom_texts[a].size(), atom_texts[a]) == 0) found(a);
    }
    s = e;
  }
  for (size_t i = 0; i < rules.size(); ++i) {
    if (satisfied[i] == rules[i].clause_count) out->push_back(static_cast<int>(i));
  }
}

std::vector<const rulebook::ClaimRule*> ClaimEngine::Rules() const {
  std::vector<const rulebook::ClaimRule*> out;
  for (const auto& [_, lang] : langs_) {
    for (const CompiledRule& r : lang->rules) out.push_back(r.rule);
  }
  std::sort(out.begin(), out.end());  // the book's vector: address order is load order
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

void ClaimEngine::Prepare(const text::TextDocument& doc, size_t sentence,
                          std::vector<const Mention*> mentions, Work* w) const {
  const text::Sentence& s = doc.sentences[sentence];
  w->doc = &doc;
  w->sentence = sentence;
  w->lang = doc.paragraphs[s.paragraph].lang;
  w->mentions = std::move(mentions);
  w->entities.reset();
  w->previous_entities.reset();
  text::Tokenize(doc.norm.text, s.norm, &w->tokens);
  BuildTagged(w->View(), w->mentions, &w->tagged);
}

void ClaimEngine::MatchRules(const Lang& lang, const Work& w, bool every_rule,
                             std::vector<Match>* out) const {
  const std::string& text = w.tagged.text;
  std::vector<int> candidates;
  if (every_rule) {
    for (size_t i = 0; i < lang.rules.size(); ++i) candidates.push_back(static_cast<int>(i));
  } else {
    lang.Candidates(text, &candidates);
  }
  std::vector<re2::StringPiece> sub;
  for (int ri : candidates) {
    const CompiledRule& r = lang.rules[ri];
    sub.assign(1 + r.pattern.groups, re2::StringPiece());
    size_t pos = 0;
    while (pos < text.size() && r.re->Match(text, pos, text.size(), RE2::UNANCHORED, sub.data(),
                                            static_cast<int>(sub.size()))) {
      Match m = MakeMatch(w.tagged, r, static_cast<uint32_t>(ri), sub);
      if (m.mention < 0) {  // the figure slot was optional and empty
        if (every_rule) out->push_back(m);
        pos = sub[0].data() - text.data() + 1;
        continue;
      }
      out->push_back(m);
      // Go on after the figure: the next figure may share this context.
      const TaggedToken& fig = w.tagged.tokens[m.figure_token];
      pos = text.find(' ', fig.offset);
    }
  }
}

std::vector<ClaimEngine::Match> ClaimEngine::Winners(const Lang& lang,
                                                     std::vector<Match> all) const {
  auto better = [&](const Match& a, const Match& b) {
    // A veto that matches a figure takes it from every other rule.
    const bool va = lang.rules[a.rule].rule->veto, vb = lang.rules[b.rule].rule->veto;
    if (va != vb) return va;
    const int pa = lang.rules[a.rule].rule->priority, pb = lang.rules[b.rule].rule->priority;
    if (pa != pb) return pa > pb;
    if (a.evidence != b.evidence) return a.evidence > b.evidence;
    if (a.skipped != b.skipped) return a.skipped < b.skipped;
    return a.rule < b.rule;
  };
  std::stable_sort(all.begin(), all.end(), [&](const Match& a, const Match& b) {
    return a.mention != b.mention ? a.mention < b.mention : better(a, b);
  });
  std::vector<Match> out;
  for (const Match& m : all) {
    if (m.mention < 0) continue;
    if (out.empty() || out.back().mention != m.mention) out.push_back(m);
  }
  return out;
}

std::vector<Claim> ClaimEngine::Find(const text::TextDocument& doc,
                                     const std::vector<Mention>& mentions, uint32_t source) const {
  std::vector<Claim> claims;
  Work w;
  std::vector<Match> matches;
  for (size_t i = 0; i < mentions.size();) {
    // The mentions of one sentence; skip sentences none of whose mentions
    // a rule could bind.
    const uint32_t s = mentions[i].sentence;
    std::vector<const Mention*> group;
    bool bindable = false;
    for (; i < mentions.size() && mentions[i].sentence == s; ++i) {
      group.push_back(&mentions[i]);
      bindable = bindable || Bindable(mentions[i]);
    }
    if (!bindable || s >= doc.sentences.size()) continue;
    const auto lang = langs_.find(doc.paragraphs[doc.sentences[s].paragraph].lang);
    if (lang == langs_.end()) continue;
    Prepare(doc, s, std::move(group), &w);
    matches.clear();
    MatchRules(*lang->second, w, false, &matches);
    for (const Match& m : Winners(*lang->second, std::move(matches))) {
      if (lang->second->rules[m.rule].rule->veto) continue;  // the figure is no claim
      claims.push_back(MakeClaim(&w, m, *lang->second, nullptr));
      claims.back().source = source;
      claims.back().id = std::to_string(source) + ":" + std::to_string(claims.size());
    }
  }
  return claims;
}

}  // namespace figcheck::claims
