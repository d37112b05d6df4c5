#include "figcheck/rules.h"

namespace figcheck {

std::string RuleDiagnostic::ToString() const {
  const std::string prefix = level == Severity::kError ? "error: " : "warning: ";
  return Status(StatusCode::kRuleError, prefix + message, where).ToString();
}

}  // namespace figcheck
