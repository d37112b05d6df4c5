#include "compare/align.h"

#include <algorithm>
#include <cstdio>
#include <string>
#include <unordered_map>

namespace figcheck::compare {
namespace {

// Scopes seen for one key: the groups by scope, the claims with none, and
// per source which scope it uses ("" until seen; `several` once a second
// one appears).
struct SourceScopes {
  std::string scope;
  bool several = false;
};

struct KeyClaims {
  std::unordered_map<std::string, std::vector<uint32_t>> scoped;
  std::vector<uint32_t> unscoped;
  std::unordered_map<uint32_t, SourceScopes> by_source;
};

// Rules 1-3 of the scope rule (align.h).
std::string ScopeFor(const KeyClaims& k, uint32_t source) {
  auto it = k.by_source.find(source);
  if (it != k.by_source.end()) return it->second.several ? "" : it->second.scope;
  if (k.scoped.size() == 1) return k.scoped.begin()->first;
  return "";
}

void LinkParts(const ComparePolicy& policy, Alignment* a) {
  // (key, scope) -> group, and key -> its groups.
  std::unordered_map<std::string, std::unordered_map<std::string, uint32_t>> index;
  for (uint32_t g = 0; g < a->groups.size(); ++g) {
    index[a->groups[g].key][a->groups[g].scope] = g;
  }
  for (ClaimGroup& group : a->groups) {
    const KeySpec* spec = policy.FindKey(group.key);
    if (spec == nullptr) continue;
    for (const std::string& whole : spec->part_of) {
      auto w = index.find(whole);
      if (w == index.end()) continue;
      const auto& scopes = w->second;
      auto exact = scopes.find(group.scope);
      if (exact != scopes.end()) {
        group.part_of.push_back(exact->second);
      } else if (group.scope.empty() && scopes.size() == 1) {
        group.part_of.push_back(scopes.begin()->second);
      } else if (auto none = scopes.find(""); none != scopes.end() && scopes.size() == 1) {
        group.part_of.push_back(none->second);
      }
    }
    std::sort(group.part_of.begin(), group.part_of.end());
  }
}

}  // namespace

Alignment Align(const std::vector<Claim>& claims, const ComparePolicy& policy) {
  std::unordered_map<std::string, KeyClaims> by_key;
  for (uint32_t i = 0; i < claims.size(); ++i) {
    const Claim& c = claims[i];
    KeyClaims& k = by_key[c.key];
    if (c.scope.empty()) {
      k.unscoped.push_back(i);
      continue;
    }
    k.scoped[c.scope].push_back(i);
    auto [it, inserted] = k.by_source.try_emplace(c.source, SourceScopes{c.scope, false});
    if (!inserted && it->second.scope != c.scope) it->second.several = true;
  }
  Alignment a;
  for (auto& [key, k] : by_key) {
    std::vector<std::string> placed;
    placed.reserve(k.unscoped.size());
    for (uint32_t i : k.unscoped) placed.push_back(ScopeFor(k, claims[i].source));
    std::unordered_map<std::string, std::vector<uint32_t>> groups = std::move(k.scoped);
    for (size_t j = 0; j < k.unscoped.size(); ++j) groups[placed[j]].push_back(k.unscoped[j]);
    for (auto& [scope, members] : groups) {
      std::sort(members.begin(), members.end());
      a.groups.push_back(ClaimGroup{"", key, scope, std::move(members), {}});
    }
  }
  std::sort(a.groups.begin(), a.groups.end(), [](const ClaimGroup& x, const ClaimGroup& y) {
    return x.key != y.key ? x.key < y.key : x.scope < y.scope;
  });
  a.group_of.assign(claims.size(), 0);
  for (uint32_t g = 0; g < a.groups.size(); ++g) {
    char id[24];  // formatted, not "G" + ...: GCC 12 warns falsely on that
    std::snprintf(id, sizeof id, "G%u", g + 1);
    a.groups[g].id = id;
    for (uint32_t c : a.groups[g].claims) a.group_of[c] = g;
  }
  LinkParts(policy, &a);
  return a;
}

}  // namespace figcheck::compare
