#include "claims/scope.h"

#include <algorithm>

namespace figcheck::claims {

namespace {

// Tokens between an entity and the figure; 0 if they touch or overlap.
size_t Distance(const rulebook::EntityMatch& m, const FigurePlace& f) {
  if (m.end <= f.begin) return f.begin - m.end;
  return m.begin >= f.end ? m.begin - f.end : 0;
}

// The ranking of scope.h, point 2.
size_t Cost(const rulebook::EntityMatch& m, const FigurePlace& f) {
  if (m.begin >= f.end && m.begin <= f.match_end) return 0;
  if (m.end <= f.begin) return Distance(m, f) + 1;
  return 2 * Distance(m, f) + 1;
}

}  // namespace

const rulebook::Entity* PickScope(const rulebook::Gazetteer& gazetteer,
                                  const std::vector<rulebook::EntityMatch>& entities,
                                  const FigurePlace& figure, std::string* why) {
  // An entity enclosing another gives way to it and passes on its
  // closeness: in "25 فلسطينيا في الضفة الغربية" the qualifier palestine
  // makes west-bank as close as itself.
  std::vector<size_t> cost(entities.size());
  std::vector<bool> dropped(entities.size(), false);
  for (size_t i = 0; i < entities.size(); ++i) cost[i] = Cost(entities[i], figure);
  std::string set_aside;
  for (size_t i = 0; i < entities.size(); ++i) {
    for (size_t j = 0; j < entities.size(); ++j) {
      if (!gazetteer.Encloses(*entities[i].entity, *entities[j].entity)) continue;
      if (!dropped[i] && why) {
        const std::string note =
            " " + entities[i].entity->id + " (encloses " + entities[j].entity->id + ")";
        if (set_aside.find(note) == std::string::npos) set_aside += note;  // once per name
      }
      dropped[i] = true;
      cost[j] = std::min(cost[j], cost[i]);
    }
  }
  size_t best = entities.size();
  for (size_t i = 0; i < entities.size(); ++i) {
    if (!dropped[i] && (best == entities.size() || cost[i] < cost[best])) best = i;
  }
  if (best == entities.size()) return nullptr;
  const rulebook::EntityMatch& b = entities[best];
  if (why != nullptr) {
    const size_t d = Distance(b, figure);
    *why = b.entity->id;
    if (cost[best] == 0) {
      *why += " (qualifies what the figure counts)";
    } else {
      *why += b.end <= figure.begin ? " (nearest before the figure, " : " (after the figure, ";
      *why += std::to_string(d) + (d == 1 ? " token away)" : " tokens away)");
    }
    if (!set_aside.empty()) *why += "; set aside:" + set_aside;
  }
  return b.entity;
}

}  // namespace figcheck::claims
