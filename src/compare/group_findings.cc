#include "compare/group_findings.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <utility>

#include "compare/message.h"
#include "compare/verdict.h"

namespace figcheck::compare {

namespace {

// Why a pair finding was made, beyond its type: selects the message.
enum class Why {
  kConflict,
  kInternal,
  kHedgeOneSided,
  kHedgeBounds,
  kPrecision,
  kUpdate,
  kShrank,
  kUndated
};

struct Draft {
  Why why = Why::kConflict;
  std::set<uint32_t> a, b;  // the two sides' claims; for kUpdate/kShrank, a is earlier
};

const char* TypeOf(Why why) {
  switch (why) {
    case Why::kConflict:
    case Why::kShrank: return "conflict";
    case Why::kInternal: return "internal-conflict";
    case Why::kHedgeOneSided:
    case Why::kHedgeBounds: return "hedge-mismatch";
    case Why::kPrecision: return "precision-mismatch";
    case Why::kUpdate: return "update";
    case Why::kUndated: return "unresolved";
  }
  return "conflict";
}

// -1: x is earlier, 1: later, 0: same time; nullopt when a date is missing
// (then nothing date-dependent may be concluded).
std::optional<int> TimeOrder(const DocumentInfo& x, const DocumentInfo& y) {
  if (!x.date || !y.date) return std::nullopt;
  if (*x.date != *y.date) return *x.date < *y.date ? -1 : 1;
  if (x.date_minutes >= 0 && y.date_minutes >= 0 && x.date_minutes != y.date_minutes) {
    return x.date_minutes < y.date_minutes ? -1 : 1;
  }
  return 0;
}

bool Grew(const Interval& earlier, const Interval& later) {
  return later.low >= earlier.low && later.high >= earlier.high &&
         !(later.low == earlier.low && later.high == earlier.high);
}

// A compatible pair of a cumulative figure where the earlier one was a
// floor and the later floor is higher ("at least 23" on one day, 27 the
// next) is the toll moving on, not a hedge worth a warning. "About 100"
// then 95 still is one (its floor, 90, is no claim that the toll was at
// least 90), and so is a later figure that lowers the floor ("more than
// 140" after 150).
bool RoseWithin(Verdict v, const Figure& earlier, const Figure& later) {
  const bool floor = earlier.qualifier == Qualifier::kMoreThan ||
                     earlier.qualifier == Qualifier::kAtLeast;
  return IsHedge(v) && floor && later.interval.low > earlier.interval.low;
}

// The distinct figures of some claims, in claim order: "23 and at least 23".
std::string FiguresOf(const Context& ctx, const std::vector<uint32_t>& claims) {
  std::vector<std::string> seen;
  for (uint32_t c : claims) {
    std::string f = FigureOf(ctx, c);
    if (std::find(seen.begin(), seen.end(), f) == seen.end()) seen.push_back(std::move(f));
  }
  std::string out;
  for (size_t i = 0; i < seen.size(); ++i) {
    if (i > 0) out += i + 1 == seen.size() ? " and " : ", ";
    out += seen[i];
  }
  return out;
}

std::string Message(const Context& ctx, const Draft& d) {
  const std::vector<uint32_t> a(d.a.begin(), d.a.end());
  const std::vector<uint32_t> b(d.b.begin(), d.b.end());
  switch (d.why) {
    case Why::kConflict: return SaysBut(ctx, a, b, "but") + "; the two cannot both be true.";
    case Why::kInternal:
      return SourcesOf(ctx, a) + " says both " + FigureOf(ctx, a.front()) + " and " +
             FigureOf(ctx, b.front()) + ", which cannot both be true.";
    case Why::kHedgeOneSided:
      return SaysBut(ctx, a, b, "where") +
             ": the figures are compatible, but only one of them is hedged.";
    case Why::kHedgeBounds:
      return SaysBut(ctx, a, b, "and") + ": the figures are compatible, but their bounds differ.";
    case Why::kPrecision:
      return SaysBut(ctx, a, b, "and") +
             ": they agree only at the precision of the coarser figure.";
    case Why::kUpdate:
      return SourcesOf(ctx, b) + " " + Says(ctx, b) + " " + FigureOf(ctx, b.front()) +
             ", up from " + FiguresOf(ctx, a) + " earlier in " + SourcesOf(ctx, a) +
             ": an update of a cumulative figure, not a conflict.";
    case Why::kShrank:
      return SourcesOf(ctx, b) + " " + Says(ctx, b) + " " + FigureOf(ctx, b.front()) +
             ", down from " + FiguresOf(ctx, a) + " earlier in " + SourcesOf(ctx, a) +
             ", but a cumulative figure cannot shrink.";
    case Why::kUndated:
      return SaysBut(ctx, a, b, "but") +
             "; this cumulative figure may have been updated, which cannot be told without "
             "both sources' dates.";
  }
  return "";
}

Why FromVerdict(Verdict v) {
  switch (v) {
    case Verdict::kHedgeOneSided: return Why::kHedgeOneSided;
    case Verdict::kHedgeBounds: return Why::kHedgeBounds;
    case Verdict::kPrecisionMismatch: return Why::kPrecision;
    default: return Why::kConflict;
  }
}

// Whether two figures can be compared at all: same measure, and no two
// different stated units (a figure in USD against one in EUR).
bool Comparable(const Figure& x, const Figure& y) {
  if (x.measure != y.measure) return false;
  return x.unit.empty() || y.unit.empty() || x.unit == y.unit;
}

class GroupComparer {
 public:
  GroupComparer(const Context& ctx, const ClaimGroup& group)
      : ctx_(ctx), group_(group), statements_(Statements(ctx, group.claims)) {
    const KeySpec* spec = ctx.policy.FindKey(group.key);
    cumulative_ = spec != nullptr && spec->cumulative;
  }

  void Run(std::vector<Finding>* out) {
    for (size_t i = 0; i < statements_.size(); ++i) {
      for (size_t j = i + 1; j < statements_.size(); ++j) JudgePair(statements_[i], statements_[j]);
    }
    for (auto& [merge_key, draft] : drafts_) {
      // Sides were ordered by signature to merge; people read them in
      // source order (earlier-later for updates stays as it is).
      if (draft.why != Why::kUpdate && draft.why != Why::kShrank &&
          ctx_.claims[*draft.b.begin()].source < ctx_.claims[*draft.a.begin()].source) {
        std::swap(draft.a, draft.b);
      }
      Emit(TypeOf(draft.why), Union(draft.a, draft.b), Message(ctx_, draft), out);
    }
    AddGroupWide(out);
  }

 private:
  Tolerance ToleranceFor(const Figure& f) const {
    if (f.measure == Measure::kDate) {
      return Tolerance{0, static_cast<double>(ctx_.policy.date_tolerance_days), 0};
    }
    return ctx_.policy.ToleranceFor(group_.key, ctx_.claims[group_.claims.front()].kind);
  }

  void JudgePair(const Statement& x, const Statement& y) {
    const Figure& fx = *ctx_.figures[x.first()];
    const Figure& fy = *ctx_.figures[y.first()];
    if (!Comparable(fx, fy)) return;
    const Verdict v = Judge(fx, fy, ToleranceFor(fx));
    ++compared_;
    if (x.source == y.source) {
      if (v == Verdict::kConflict) {
        Add(Why::kInternal, std::to_string(x.source), x, y);
      }
      return;
    }
    if (v == Verdict::kAgree) return;
    if (cumulative_ && (v == Verdict::kConflict || IsHedge(v))) {
      const std::optional<int> order = TimeOrder(ctx_.sources[x.source], ctx_.sources[y.source]);
      if (!order) {
        if (v == Verdict::kConflict) return Add(Why::kUndated, "", x, y);
      } else if (*order != 0) {
        const Statement& earlier = *order < 0 ? x : y;
        const Statement& later = *order < 0 ? y : x;
        const Figure& fe = *ctx_.figures[earlier.first()];
        const Figure& fl = *ctx_.figures[later.first()];
        if (Grew(fe.interval, fl.interval) || RoseWithin(v, fe, fl)) {
          return AddOriented(Why::kUpdate, earlier, later);
        }
        if (v == Verdict::kConflict) return AddOriented(Why::kShrank, earlier, later);
      }
    }
    Add(FromVerdict(v), "", x, y);
  }

  // Merges by type and the two figures, sides ordered by signature so that
  // A-vs-B and B-vs-A land in one finding.
  void Add(Why why, const std::string& extra, const Statement& x, const Statement& y) {
    const bool swap = y.signature < x.signature;
    AddKeyed(why, extra, swap ? y : x, swap ? x : y);
  }
  // Oriented findings (earlier, later) merge by the later statement, its
  // source and figure: one update note names every earlier figure it moved
  // on from. (Another source's same figure, at another time, is another
  // statement: merging it would mix up which came first.)
  void AddOriented(Why why, const Statement& earlier, const Statement& later) {
    Merge(std::to_string(static_cast<int>(why)) + '\x1f' + std::to_string(later.source) + '\x1f' +
              later.signature,
          why, earlier, later);
  }
  void AddKeyed(Why why, const std::string& extra, const Statement& a, const Statement& b) {
    Merge(std::to_string(static_cast<int>(why)) + '\x1f' + extra + '\x1f' + a.signature + '\x1f' +
              b.signature,
          why, a, b);
  }
  void Merge(const std::string& merge_key, Why why, const Statement& a, const Statement& b) {
    Draft& d = drafts_[merge_key];
    d.why = why;
    d.a.insert(a.claims.begin(), a.claims.end());
    d.b.insert(b.claims.begin(), b.claims.end());
  }

  static std::vector<uint32_t> Union(const std::set<uint32_t>& a, const std::set<uint32_t>& b) {
    std::set<uint32_t> all = a;
    all.insert(b.begin(), b.end());
    return {all.begin(), all.end()};
  }

  void Emit(const char* type, std::vector<uint32_t> claims, std::string message,
            std::vector<Finding>* out) const {
    Finding f;
    f.type = type;
    f.key = group_.key;
    f.scope = group_.scope;
    f.claims = std::move(claims);
    f.message = std::move(message);
    out->push_back(std::move(f));
  }

  // single-source and agreement look at the whole group.
  void AddGroupWide(std::vector<Finding>* out) const {
    std::set<uint32_t> sources;
    for (uint32_t c : group_.claims) sources.insert(ctx_.claims[c].source);
    // A group of unresolved dates only gets its "unresolved" notes: there
    // is no figure to call single-source.
    const bool any_figure = !statements_.empty();
    if (sources.size() == 1 && ctx_.sources.size() > 1 && any_figure) {
      std::string figures;
      std::set<std::string> seen;
      for (uint32_t c : group_.claims) {
        const std::string fig = FigureOf(ctx_, c);
        if (!seen.insert(fig).second) continue;
        figures += (figures.empty() ? "" : ", ") + fig;
      }
      Emit("single-source", group_.claims,
           "Only " + SourcesOf(ctx_, group_.claims) + " gives " +
               (seen.size() > 1 ? "figures" : "a figure") + " for " + group_.key +
               (group_.scope.empty() ? "" : " (" + group_.scope + ")") + ": " + figures + ".",
           out);
      return;
    }
    if (ctx_.policy.include_agreements && sources.size() > 1 && drafts_.empty() && compared_ > 0) {
      Emit("agreement", group_.claims,
           SourcesOf(ctx_, group_.claims) + " agree on " + FigureOf(ctx_, group_.claims.front()) +
               ".",
           out);
    }
  }

  const Context& ctx_;
  const ClaimGroup& group_;
  std::vector<Statement> statements_;
  bool cumulative_ = false;
  int compared_ = 0;
  std::map<std::string, Draft> drafts_;  // ordered: deterministic output
};

}  // namespace

void CompareGroup(const Context& ctx, const ClaimGroup& group, std::vector<Finding>* out) {
  GroupComparer(ctx, group).Run(out);
}

}  // namespace figcheck::compare
