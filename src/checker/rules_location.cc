#include "checker/rules_location.h"

#include <cstdlib>
#include <filesystem>

namespace figcheck::checker {

std::string BuiltinRulesDir() {
  namespace fs = std::filesystem;
  if (const char* env = std::getenv("FIGCHECK_RULES_DIR"); env != nullptr && *env != '\0') {
    return env;
  }
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    const fs::path installed = exe.parent_path() / ".." / "share" / "figcheck" / "rules";
    if (fs::is_directory(installed, ec)) return fs::weakly_canonical(installed, ec).string();
  }
  return FIGCHECK_RULES_SOURCE_DIR;
}

}  // namespace figcheck::checker
