// Minimal version: no front matter support yet (replaced by the yaml-cpp
// reader).
#include "text/front_matter.h"

namespace figcheck::text {

Result<FrontMatter> ParseFrontMatter(std::string_view, std::string_view) { return FrontMatter{}; }

}  // namespace figcheck::text
