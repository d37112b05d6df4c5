// Choosing a claim's scope: which gazetteer entity a figure is about.
//
// In order (docs/rules.md, "Scope"):
//   1. A rule whose pattern has a {scope} slot says it: the entity named
//      there.
//   2. Otherwise the sentence's entities compete. An entity that encloses
//      another one named in the same sentence gives way to it ("Palestinians
//      in Gaza" is about gaza, not palestine): the most specific wins, and
//      takes the enclosing entity's distance if that is smaller. Among
//      the rest, the nearest to the figure wins, counting tokens:
//        - an entity inside the rule's match after the figure, or just after
//          the match, qualifies what is counted ("5000 أسير فلسطيني",
//          "12 Syrian refugees"): distance 0;
//        - an entity before the figure: the tokens between, plus one;
//        - an entity further after: twice the tokens between, plus one,
//          because news prose names what a figure is about before the
//          figure ("in Gaza, where the war killed ...").
//      Ties go to the earlier entity.
//      Names right after a word of the `scope_set_aside` lexicon are left
//      out (kScopeSetAside below).
//   3. A sentence that names no entity takes the one nearest the end of the
//      previous sentence of its paragraph (its topic carries over, as in
//      "... in Gaza. More than 40,000 were killed."), and no further back.
//   4. Otherwise the claim has no scope.
#ifndef FIGCHECK_CLAIMS_SCOPE_H_
#define FIGCHECK_CLAIMS_SCOPE_H_

#include <cstddef>
#include <string>
#include <vector>

#include "rulebook/gazetteer.h"

namespace figcheck::claims {

// The lexicon (one per language, in any rule file) of words after which a
// gazetteer name is a neighbour or a point of comparison, not what a figure
// is about: "قرب الحدود مع سوريا", "near the border with Syria". Such names
// are left out of step 2, and a sentence with no other name goes on to
// step 3.
inline constexpr const char* kScopeSetAside = "scope_set_aside";

// Where the figure is, in tokens of its sentence: the figure over [begin,
// end), and the end of the rule's match (>= end).
struct FigurePlace {
  size_t begin = 0;
  size_t end = 0;
  size_t match_end = 0;
};

// The entity of `entities` (found in one sentence) that the figure is
// about, or nullptr. `why`, when not null, receives a short account for
// `figcheck explain`.
const rulebook::Entity* PickScope(const rulebook::Gazetteer& gazetteer,
                                  const std::vector<rulebook::EntityMatch>& entities,
                                  const FigurePlace& figure, std::string* why = nullptr);

}  // namespace figcheck::claims

#endif  // FIGCHECK_CLAIMS_SCOPE_H_
