#include "figcheck/status.h"

namespace figcheck {

std::string Status::ToString() const {
  std::string out;
  if (!where_.path.empty()) {
    out += where_.path;
    if (where_.line > 0) {
      out += ':' + std::to_string(where_.line);
      if (where_.column > 0) out += ':' + std::to_string(where_.column);
    }
    out += ": ";
  } else if (where_.line > 0) {
    out += "line " + std::to_string(where_.line);
    if (where_.column > 0) out += ':' + std::to_string(where_.column);
    out += ": ";
  }
  out += message_;
  return out;
}

}  // namespace figcheck
