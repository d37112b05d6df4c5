#include "rulebook/gazetteer.h"

namespace figcheck::rulebook {

// Loops in `within` are load errors, but Depth and Encloses must still
// terminate on a book loaded with errors (lint keeps going).
constexpr int kMaxDepth = 32;

const Entity* Gazetteer::Find(std::string_view id) const {
  auto it = entities_.find(id);
  return it == entities_.end() ? nullptr : &it->second;
}

bool Gazetteer::Encloses(const Entity& outer, const Entity& inner) const {
  const Entity* e = &inner;
  for (int i = 0; i < kMaxDepth && !e->within.empty(); ++i) {
    e = Find(e->within);
    if (e == nullptr) return false;
    if (e->id == outer.id) return true;
  }
  return false;
}

int Gazetteer::Depth(const Entity& entity) const {
  const Entity* e = &entity;
  int depth = 0;
  while (depth < kMaxDepth && !e->within.empty() && (e = Find(e->within)) != nullptr) ++depth;
  return depth;
}

std::vector<EntityMatch> Gazetteer::FindAll(const text::TokenView& tv,
                                            std::string_view lang) const {
  std::vector<EntityMatch> out;
  const Lexicon* names = Names(lang);
  if (names == nullptr) return out;
  for (size_t i = 0; i < tv.size();) {
    auto m = names->MatchAt(tv, i);
    const Entity* e = m ? Find(m->entry->Attr("id")) : nullptr;
    if (e == nullptr) {
      ++i;
      continue;
    }
    out.push_back(EntityMatch{e, m->begin, m->end});
    i = m->end;
  }
  return out;
}

const Lexicon* Gazetteer::Names(std::string_view lang) const {
  auto it = names_.find(lang);
  return it == names_.end() ? nullptr : &it->second;
}

Entity& Gazetteer::Upsert(const std::string& id) {
  Entity& e = entities_[id];
  e.id = id;
  return e;
}

Lexicon& Gazetteer::NamesFor(const std::string& lang) {
  Lexicon& lex = names_[lang];
  if (lex.name.empty()) {
    lex.name = "gazetteer";
    lex.lang = lang;
  }
  return lex;
}

void Gazetteer::Index() {
  for (auto& [_, lex] : names_) lex.Index();
}

}  // namespace figcheck::rulebook
