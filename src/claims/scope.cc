#include "claims/scope.h"

namespace figcheck::claims {

namespace {
// Tokens between an entity and the figure over [begin, end); 0 if they touch.
size_t Distance(const rulebook::EntityMatch& m, size_t begin, size_t end) {
  if (m.end <= begin) return begin - m.end;
  return m.begin >= end ? m.begin - end : 0;
}
}  // namespace

const rulebook::Entity* PickScope(const rulebook::Gazetteer& gazetteer,
                                  const std::vector<rulebook::EntityMatch>& entities,
                                  size_t begin, size_t end, std::string* why) {
  const rulebook::EntityMatch* best = nullptr;
  size_t best_cost = 0;
  std::string dropped;
  for (const rulebook::EntityMatch& m : entities) {
    bool encloses_another = false;
    for (const rulebook::EntityMatch& o : entities) {
      if (gazetteer.Encloses(*m.entity, *o.entity)) {
        encloses_another = true;
        if (why) dropped += " " + m.entity->id + " (encloses " + o.entity->id + ")";
        break;
      }
    }
    if (encloses_another) continue;
    // Tokens between the entity and the figure; after the figure, doubled.
    const size_t cost = m.end <= begin ? begin - m.end : 2 * Distance(m, begin, end) + 1;
    if (best == nullptr || cost < best_cost) {
      best = &m;
      best_cost = cost;
    }
  }
  if (why != nullptr && best != nullptr) {
    *why = best->entity->id + (best->end <= begin ? " (nearest before the figure" :
                                                    " (nearest, after the figure");
    *why += ", " + std::to_string(Distance(*best, begin, end)) + (Distance(*best, begin, end) == 1 ? " token away)" : " tokens away)");
    if (!dropped.empty()) *why += "; set aside:" + dropped;
  }
  return best ? best->entity : nullptr;
}

}  // namespace figcheck::claims
