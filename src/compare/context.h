// What every comparison pass reads: the run's sources and canonically
// ordered claims, the policy, the alignment, and each claim's Figure.
#ifndef FIGCHECK_COMPARE_CONTEXT_H_
#define FIGCHECK_COMPARE_CONTEXT_H_

#include <optional>
#include <string>
#include <vector>

#include "compare/align.h"
#include "compare/figure.h"
#include "figcheck/compare.h"

namespace figcheck::compare {

struct Context {
  const std::vector<DocumentInfo>& sources;
  const std::vector<Claim>& claims;
  const ComparePolicy& policy;
  const Alignment& alignment;
  std::vector<std::optional<Figure>> figures;  // per claim; nullopt: not comparable
};

// Claims of one source with identical figures (compare/figure.h Signature),
// compared once: a source that repeats "50" in three sentences makes one
// statement, so it yields one finding, not three.
struct Statement {
  uint32_t source = 0;
  std::string signature;
  std::vector<uint32_t> claims;  // ascending
  uint32_t first() const { return claims.front(); }
};

// The comparable claims of `claims` as statements, in order of first claim.
std::vector<Statement> Statements(const Context& ctx, const std::vector<uint32_t>& claims);

}  // namespace figcheck::compare

#endif  // FIGCHECK_COMPARE_CONTEXT_H_
