// Minimal version: no dateline detection yet.
#include "text/dateline.h"

#include "text/offset_map.h"

namespace figcheck::text {

std::optional<Dateline> FindDateline(std::string_view, const OffsetMap&) { return std::nullopt; }

}  // namespace figcheck::text
