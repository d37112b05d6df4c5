#include "compare/part_whole.h"

#include <cmath>
#include <limits>
#include <map>
#include <set>

#include "base/figure_text.h"
#include "compare/message.h"
#include "compare/verdict.h"

namespace figcheck::compare {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// The part's least value against the whole's greatest.
bool Exceeds(double part_low, bool part_open, const Interval& whole, const Tolerance& tol) {
  const Interval part_side{part_low, kInf, part_open, false};
  const Interval whole_side{-kInf, whole.high, false, whole.high_open};
  return !Compatible(part_side, whole_side, tol);
}

std::vector<Statement> Quantities(const Context& ctx, const ClaimGroup& g) {
  std::vector<Statement> out;
  for (Statement& s : Statements(ctx, g.claims)) {
    if (ctx.figures[s.first()]->measure == Measure::kQuantity) out.push_back(std::move(s));
  }
  return out;
}

Finding Make(const std::string& key, const std::string& scope, const std::set<uint32_t>& claims,
             std::string message) {
  Finding f;
  f.type = "part-exceeds-whole";
  f.key = key;
  f.scope = scope;
  f.claims.assign(claims.begin(), claims.end());
  f.message = std::move(message);
  return f;
}

class PartWhole {
 public:
  PartWhole(const Context& ctx, const ClaimGroup& whole, std::vector<const ClaimGroup*> parts)
      : ctx_(ctx), whole_(whole), parts_(std::move(parts)) {
    wholes_ = Quantities(ctx, whole_);
    tol_ = ctx.policy.ToleranceFor(whole_.key, "count");
  }

  void Run(std::vector<Finding>* out) {
    if (parts_.empty() || wholes_.empty()) return;
    std::vector<std::vector<Statement>> part_statements;
    for (const ClaimGroup* p : parts_) {
      part_statements.push_back(Quantities(ctx_, *p));
      SinglePart(*p, part_statements.back(), out);
    }
    if (parts_.size() >= 2) SumOfParts(part_statements, out);
  }

 private:
  void SinglePart(const ClaimGroup& part, const std::vector<Statement>& parts,
                  std::vector<Finding>* out) {
    for (const Statement& p : parts) {
      const Interval& pi = ctx_.figures[p.first()]->interval;
      for (const Statement& w : wholes_) {
        if (!Exceeds(pi.low, pi.low_open, ctx_.figures[w.first()]->interval, tol_)) continue;
        exceeded_.insert({p.source, w.first()});
        std::set<uint32_t> claims(p.claims.begin(), p.claims.end());
        claims.insert(w.claims.begin(), w.claims.end());
        out->push_back(Make(part.key, part.scope, std::move(claims),
                            "The figure for " + part.key + " in " + SourcesOf(ctx_, p.claims) +
                                " (" + FigureOf(ctx_, p.first()) + ") exceeds the figure for " +
                                whole_.key + " in " + SourcesOf(ctx_, w.claims) + " (" +
                                FigureOf(ctx_, w.first()) + "), which should include it."));
      }
    }
  }

  // Per source, the largest lower bound it states for each part, added up.
  void SumOfParts(const std::vector<std::vector<Statement>>& parts, std::vector<Finding>* out) {
    std::map<uint32_t, std::vector<const Statement*>> by_source;  // one per part
    for (const auto& statements : parts) {
      std::map<uint32_t, const Statement*> best;
      for (const Statement& s : statements) {
        const Statement*& b = best[s.source];
        if (b == nullptr || LowOf(s) > LowOf(*b)) b = &s;
      }
      for (const auto& [source, s] : best) by_source[source].push_back(s);
    }
    for (const auto& [source, chosen] : by_source) {
      if (chosen.size() < 2) continue;
      double sum = 0;
      bool open = false;
      std::string list;
      std::set<uint32_t> claims;
      for (const Statement* s : chosen) {
        const Interval& iv = ctx_.figures[s->first()]->interval;
        sum += iv.low;
        open = open || iv.low_open;
        claims.insert(s->claims.begin(), s->claims.end());
        list += (list.empty() ? "" : ", ") + ctx_.claims[s->first()].key + " " +
                FigureOf(ctx_, s->first());
      }
      if (!std::isfinite(sum)) continue;
      for (const Statement& w : wholes_) {
        if (exceeded_.count({source, w.first()}) > 0) continue;  // said already
        if (!Exceeds(sum, open, ctx_.figures[w.first()]->interval, tol_)) continue;
        std::set<uint32_t> all = claims;
        all.insert(w.claims.begin(), w.claims.end());
        out->push_back(
            Make(whole_.key, whole_.scope, std::move(all),
                 "The parts of " + whole_.key + " in " + base::SourceLabel(ctx_.sources[source]) +
                     " (" + list + ") add up to " + (open ? "more than " : "") +
                     base::FormatNumber(sum) + ", more than its total in " +
                     SourcesOf(ctx_, w.claims) + " (" + FigureOf(ctx_, w.first()) + ")."));
      }
    }
  }

  double LowOf(const Statement& s) const { return ctx_.figures[s.first()]->interval.low; }

  const Context& ctx_;
  const ClaimGroup& whole_;
  std::vector<const ClaimGroup*> parts_;
  std::vector<Statement> wholes_;
  Tolerance tol_;
  std::set<std::pair<uint32_t, uint32_t>> exceeded_;  // (part source, whole claim)
};

}  // namespace

void ComparePartsAndWholes(const Context& ctx, std::vector<Finding>* out) {
  // Whole group -> its part groups; a group that is a part of several
  // wholes is checked against each.
  std::map<uint32_t, std::vector<const ClaimGroup*>> parts_of;
  for (const ClaimGroup& g : ctx.alignment.groups) {
    for (uint32_t w : g.part_of) parts_of[w].push_back(&g);
  }
  for (auto& [w, parts] : parts_of) {
    PartWhole(ctx, ctx.alignment.groups[w], std::move(parts)).Run(out);
  }
}

}  // namespace figcheck::compare
