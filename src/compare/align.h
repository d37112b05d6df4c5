// Alignment: which claims measure the same thing.
//
// Claims are hashed by key, then by scope, so grouping is linear in the
// number of claims (plus sorting the groups). Claims of different keys are
// never one group; a key's catalogue `part_of` links its groups to the
// groups of the whole.
//
// The scope rule. A scope is what a figure is about ("gaza", "karabakh").
// Claims with the same key and the same non-empty scope are one group. A
// claim with no scope, of key K in source S, joins
//   1. the scope S itself uses for K, when S uses exactly one; otherwise,
//   2. when S uses none for K, the scope the other sources use for K, when
//      all of them together use exactly one;
//   3. otherwise no scope: it stays in the group (K, "") with the other
//      claims that could not be placed, because two scopes compete for it
//      and picking one would be a guess.
// "Nothing else in that source competes for it" is rule 1 (its own source
// settles the scope) and rule 2 (its source is silent, and the run agrees
// on one scope).
//
// Part/whole links: a group (P, s) is a part of (W, s) when P's catalogue
// entry lists W in part_of; when one side has no scope it links to the
// other key's only group.
#ifndef FIGCHECK_COMPARE_ALIGN_H_
#define FIGCHECK_COMPARE_ALIGN_H_

#include <vector>

#include "figcheck/compare.h"

namespace figcheck::compare {

struct Alignment {
  std::vector<ClaimGroup> groups;  // sorted by (key, scope); ids "G<n>"
  std::vector<uint32_t> group_of;  // claim index -> group index
};

Alignment Align(const std::vector<Claim>& claims, const ComparePolicy& policy);

}  // namespace figcheck::compare

#endif  // FIGCHECK_COMPARE_ALIGN_H_
