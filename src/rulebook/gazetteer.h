// The gazetteer (rules/common/gazetteer.yaml): places, events and groups a
// figure can be about, with their names in each language and the entity
// each lies within (baku within azerbaijan, gaza within palestine).
//
// A claim's scope is a gazetteer id; the claims stage picks it from the
// entities named in the sentence (docs/rules.md, "Scope").
#ifndef FIGCHECK_RULEBOOK_GAZETTEER_H_
#define FIGCHECK_RULEBOOK_GAZETTEER_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "figcheck/status.h"
#include "rulebook/lexicon.h"
#include "text/token.h"

namespace figcheck::rulebook {

struct Entity {
  std::string id;      // "gaza"
  std::string type;    // "country", "region", "city", "event", ... (free text)
  std::string within;  // the enclosing entity's id, or ""
  SourceLocation where;
  SourceLocation within_where;
};

// An entity named in a sentence: tokens [begin, end).
struct EntityMatch {
  const Entity* entity = nullptr;
  size_t begin = 0;
  size_t end = 0;
};

class Gazetteer {
 public:
  const Entity* Find(std::string_view id) const;
  const std::map<std::string, Entity, std::less<>>& entities() const { return entities_; }

  // True when `outer` encloses `inner` (directly or further up).
  bool Encloses(const Entity& outer, const Entity& inner) const;
  // Distance from the top of the hierarchy (a country with no `within`: 0).
  int Depth(const Entity& e) const;

  // Every entity named in the tokens, left to right, longest names first
  // (so "قطاع غزة" is one match, not two).
  std::vector<EntityMatch> FindAll(const text::TokenView& tv, std::string_view lang) const;

  // The names of one language as a lexicon (entries carry attribute `id`),
  // or nullptr when the gazetteer has no names in that language.
  const Lexicon* Names(std::string_view lang) const;

  // Loading (RuleBookLoader): entities and names add up across files.
  Entity& Upsert(const std::string& id);
  Lexicon& NamesFor(const std::string& lang);
  void Index();

 private:
  std::map<std::string, Entity, std::less<>> entities_;
  std::map<std::string, Lexicon, std::less<>> names_;  // by language
};

}  // namespace figcheck::rulebook

#endif  // FIGCHECK_RULEBOOK_GAZETTEER_H_
