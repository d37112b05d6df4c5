// YAML front matter: a block between "---" lines at the very top of a
// Markdown or text document, giving document metadata.
#ifndef FIGCHECK_TEXT_FRONT_MATTER_H_
#define FIGCHECK_TEXT_FRONT_MATTER_H_

#include <optional>
#include <string>
#include <string_view>

#include "figcheck/date.h"
#include "figcheck/status.h"

namespace figcheck::text {

struct FrontMatter {
  uint32_t end = 0;  // byte offset where the body starts (0: no front matter)
  std::optional<CivilDate> date;
  std::string outlet;  // `source` or `outlet`
  std::string title;
  std::string lang;
};

// Reads front matter at the start of `source`. Malformed YAML or a bad date
// is an error naming the line in `name`.
Result<FrontMatter> ParseFrontMatter(std::string_view source, std::string_view name);

}  // namespace figcheck::text

#endif  // FIGCHECK_TEXT_FRONT_MATTER_H_
