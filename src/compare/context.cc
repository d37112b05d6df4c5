#include "compare/context.h"

#include <unordered_map>

namespace figcheck::compare {

std::vector<Statement> Statements(const Context& ctx, const std::vector<uint32_t>& claims) {
  std::vector<Statement> out;
  std::unordered_map<std::string, size_t> index;  // source + signature -> out
  for (uint32_t c : claims) {
    if (!ctx.figures[c]) continue;
    const Claim& claim = ctx.claims[c];
    std::string sig = Signature(claim);
    auto [it, inserted] = index.try_emplace(std::to_string(claim.source) + '#' + sig, out.size());
    if (inserted) out.push_back(Statement{claim.source, std::move(sig), {}});
    out[it->second].claims.push_back(c);
  }
  return out;
}

}  // namespace figcheck::compare
