#include "compare/message.h"

#include <set>

#include "base/figure_text.h"

namespace figcheck::compare {
namespace {

std::set<uint32_t> DistinctSources(const Context& ctx, const std::vector<uint32_t>& claims) {
  std::set<uint32_t> out;
  for (uint32_t c : claims) out.insert(ctx.claims[c].source);
  return out;
}

}  // namespace

std::string SourcesOf(const Context& ctx, const std::vector<uint32_t>& claims) {
  const std::set<uint32_t> sources = DistinctSources(ctx, claims);
  std::string out;
  size_t i = 0;
  for (uint32_t s : sources) {
    if (i > 0) out += i + 1 == sources.size() ? " and " : ", ";
    out += base::SourceLabel(ctx.sources[s]);
    ++i;
  }
  return out;
}

const char* Says(const Context& ctx, const std::vector<uint32_t>& claims) {
  return DistinctSources(ctx, claims).size() > 1 ? "say" : "says";
}

std::string FigureOf(const Context& ctx, uint32_t claim) {
  return base::DescribeFigure(ctx.claims[claim]);
}

std::string SaysBut(const Context& ctx, const std::vector<uint32_t>& a,
                    const std::vector<uint32_t>& b, const char* but) {
  return SourcesOf(ctx, a) + " " + Says(ctx, a) + " " + FigureOf(ctx, a.front()) + " " + but + " " +
         SourcesOf(ctx, b) + " " + Says(ctx, b) + " " + FigureOf(ctx, b.front());
}

}  // namespace figcheck::compare
