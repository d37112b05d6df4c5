#include "rulebook/lexicon.h"

#include <algorithm>
#include <cstdlib>

#include "text/normalize.h"

namespace figcheck::rulebook {

std::string_view LexEntry::Attr(std::string_view key) const {
  for (const auto& [k, v] : attrs) {
    if (k == key) return v;
  }
  return {};
}

bool LexEntry::Has(std::string_view key) const {
  for (const auto& kv : attrs) {
    if (kv.first == key) return true;
  }
  return false;
}

double LexEntry::Number(std::string_view key, double fallback) const {
  const std::string v(Attr(key));
  if (v.empty()) return fallback;
  char* end = nullptr;
  const double d = std::strtod(v.c_str(), &end);
  return end == v.c_str() + v.size() ? d : fallback;
}

std::vector<std::string> PhraseTokens(std::string_view phrase, std::vector<bool>* glued) {
  const std::string norm = text::NormalizeString(phrase);
  std::vector<text::Token> toks;
  text::Tokenize(norm, Span{0, static_cast<uint32_t>(norm.size())}, &toks);
  std::vector<std::string> out;
  out.reserve(toks.size());
  for (const auto& t : toks) out.emplace_back(norm.substr(t.begin, t.size()));
  if (glued != nullptr) {
    glued->clear();
    for (const auto& t : toks) glued->push_back(t.glued);
  }
  return out;
}

void Lexicon::Index() {
  first_.clear();
  last_.clear();
  for (uint32_t k = 0; k < entries.size(); ++k) {
    if (entries[k].tokens.empty()) continue;
    first_[entries[k].tokens.front()].push_back(k);
    last_[entries[k].tokens.back()].push_back(k);
  }
  auto longest_first = [&](std::vector<uint32_t>& v) {
    std::stable_sort(v.begin(), v.end(), [&](uint32_t a, uint32_t b) {
      return entries[a].tokens.size() > entries[b].tokens.size();
    });
  };
  for (auto& [_, v] : first_) longest_first(v);
  for (auto& [_, v] : last_) longest_first(v);
  std::sort(clitics.begin(), clitics.end(),
            [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  lam_al_ = std::find(clitics.begin(), clitics.end(), std::string(kLamLam)) != clitics.end();
  starts_ = WordSet();
  for (const auto& [first, _] : first_) {
    std::vector<std::string> forms = {first};
    // MatchAt reads "لل" + rest as "ال" + rest.
    if (lam_al_ && first.compare(0, kAl.size(), kAl) == 0) {
      forms.push_back(std::string(kLamLam) + first.substr(kAl.size()));
    }
    for (const std::string& f : forms) {
      starts_.Insert(f);
      for (const std::string& c : clitics) starts_.Insert(c + f);
    }
  }
  starts_.Build();
}

bool Lexicon::MatchRest(const text::TokenView& tv, size_t i, const LexEntry& e) const {
  if (i + e.tokens.size() > tv.size()) return false;
  for (size_t k = 1; k < e.tokens.size(); ++k) {
    if (tv.text(i + k) != e.tokens[k]) return false;
    if (k < e.glued.size() && e.glued[k] && !tv[i + k].glued) return false;
  }
  return true;
}

std::optional<PhraseMatch> Lexicon::MatchAt(const text::TokenView& tv, size_t i) const {
  if (i >= tv.size()) return std::nullopt;
  const std::string_view word = tv.text(i);
  if (!starts_.Contains(word, tv.hash(i))) return std::nullopt;
  auto try_word = [&](std::string_view w, size_t clitic) -> std::optional<PhraseMatch> {
    auto it = first_.find(w);
    if (it == first_.end()) return std::nullopt;
    for (uint32_t k : it->second) {
      if (MatchRest(tv, i, entries[k])) {
        return PhraseMatch{&entries[k], i, i + entries[k].tokens.size(), clitic};
      }
    }
    return std::nullopt;
  };
  // "لل" is ل + ال with the alef unwritten: "لليمن" is ل + "اليمن".
  auto try_lam = [&](std::string_view w, size_t clitic) -> std::optional<PhraseMatch> {
    if (!lam_al_ || w.size() < kLamLam.size() + 4 || w.compare(0, kLamLam.size(), kLamLam) != 0) {
      return std::nullopt;
    }
    const std::string al = std::string(kAl) + std::string(w.substr(kLamLam.size()));
    return try_word(al, clitic + kLamLam.size() / 2);
  };
  if (auto m = try_word(word, 0)) return m;
  if (auto m = try_lam(word, 0)) return m;
  for (const std::string& c : clitics) {
    // A clitic must leave a word of at least two letters behind it.
    if (word.size() >= c.size() + 4 && word.compare(0, c.size(), c) == 0) {
      if (auto m = try_word(word.substr(c.size()), c.size())) return m;
      if (auto m = try_lam(word.substr(c.size()), c.size())) return m;
    }
  }
  return std::nullopt;
}

std::optional<PhraseMatch> Lexicon::MatchEndingAt(const text::TokenView& tv, size_t end) const {
  if (end == 0 || end > tv.size()) return std::nullopt;
  auto it = last_.find(tv.text(end - 1));
  if (it == last_.end()) return std::nullopt;
  for (uint32_t k : it->second) {
    const size_t n = entries[k].tokens.size();
    if (n > end) continue;
    if (MatchRest(tv, end - n, entries[k]) && tv.text(end - n) == entries[k].tokens[0]) {
      return PhraseMatch{&entries[k], end - n, end, 0};
    }
  }
  return std::nullopt;
}

const LexEntry* Lexicon::Find(std::string_view word) const {
  auto it = first_.find(word);
  if (it == first_.end()) return nullptr;
  for (uint32_t k : it->second) {
    if (entries[k].tokens.size() == 1) return &entries[k];
  }
  return nullptr;
}

}  // namespace figcheck::rulebook
