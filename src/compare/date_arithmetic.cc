#include "compare/date_arithmetic.h"

#include <cmath>
#include <map>
#include <set>

#include "base/figure_text.h"
#include "compare/message.h"
#include "compare/verdict.h"

namespace figcheck::compare {
namespace {

const char* WeekdayName(int iso) {
  static constexpr const char* kNames[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                           "Friday", "Saturday", "Sunday"};
  return iso >= 1 && iso <= 7 ? kNames[iso - 1] : "?";
}

Finding Make(const Context& ctx, uint32_t group_claim, const std::set<uint32_t>& claims,
             std::string message) {
  const ClaimGroup& g = ctx.alignment.groups[ctx.alignment.group_of[group_claim]];
  Finding f;
  f.type = "date-arithmetic";
  f.key = g.key;
  f.scope = g.scope;
  f.claims.assign(claims.begin(), claims.end());
  f.message = std::move(message);
  return f;
}

void CheckWeekdays(const Context& ctx, std::vector<Finding>* out) {
  for (uint32_t c = 0; c < ctx.claims.size(); ++c) {
    const std::optional<DateValue>& d = ctx.claims[c].figure.date;
    if (!d || !d->resolved() || d->weekday == 0 || d->from != d->to) continue;
    const int actual = d->from.Weekday();
    if (actual == d->weekday) continue;
    out->push_back(Make(ctx, c, {c},
                        SourcesOf(ctx, {c}) + " gives " + d->from.ToIso() + " as a " +
                            WeekdayName(d->weekday) + ", but that day was a " +
                            WeekdayName(actual) + "."));
  }
}

// "on 2020-11-10", "between 2020-11-09 and 2020-11-10", "on or after ...".
std::string DaysText(const Interval& iv) {
  auto day = [](double d) { return CivilDate::FromDays(static_cast<int64_t>(d)).ToIso(); };
  if (!std::isfinite(iv.high)) return "on or after " + day(iv.low);
  if (iv.low == iv.high) return "on " + day(iv.low);
  return "between " + day(iv.low) + " and " + day(iv.high);
}

struct Event {
  std::vector<uint32_t> starts, durations, ends;  // group indexes
};

class EventCheck {
 public:
  EventCheck(const Context& ctx, const Event& e) : ctx_(ctx) {
    starts_ = Collect(e.starts, Measure::kDate);
    durations_ = Collect(e.durations, Measure::kDuration);
    ends_ = Collect(e.ends, Measure::kDate);
    tol_ = Tolerance{0, static_cast<double>(ctx.policy.arithmetic_tolerance_days), 0};
  }

  void Run(std::vector<Finding>* out) const {
    for (const Statement& s : starts_) {
      const Interval& si = Fig(s).interval;
      for (const Statement& e : ends_) {
        const Interval& ei = Fig(e).interval;
        if (si.low > ei.high + tol_.absolute) {
          out->push_back(Make(ctx_, s.first(), Claims({&s, &e}),
                              "The start " + FigureOf(ctx_, s.first()) + " in " +
                                  SourcesOf(ctx_, s.claims) + " comes after the end " +
                                  FigureOf(ctx_, e.first()) + " in " + SourcesOf(ctx_, e.claims) +
                                  "."));
          continue;
        }
        for (const Statement& d : durations_) Triple(s, d, e, out);
      }
    }
  }

 private:
  std::vector<Statement> Collect(const std::vector<uint32_t>& groups, Measure m) const {
    std::vector<Statement> out;
    for (uint32_t g : groups) {
      for (Statement& s : Statements(ctx_, ctx_.alignment.groups[g].claims)) {
        if (Fig(s).measure == m) out.push_back(std::move(s));
      }
    }
    return out;
  }

  const Figure& Fig(const Statement& s) const { return *ctx_.figures[s.first()]; }

  static std::set<uint32_t> Claims(std::initializer_list<const Statement*> statements) {
    std::set<uint32_t> out;
    for (const Statement* s : statements) out.insert(s->claims.begin(), s->claims.end());
    return out;
  }

  void Triple(const Statement& s, const Statement& d, const Statement& e,
              std::vector<Finding>* out) const {
    const Interval& si = Fig(s).interval;
    const Interval& di = Fig(d).interval;
    const Interval implied{si.low + di.low, si.high + di.high, di.low_open, di.high_open};
    if (Compatible(implied, Fig(e).interval, tol_)) return;
    out->push_back(Make(ctx_, d.first(), Claims({&s, &d, &e}),
                        "Starting " + FigureOf(ctx_, s.first()) + " (" + SourcesOf(ctx_, s.claims) +
                            ") and lasting " + FigureOf(ctx_, d.first()) + " (" +
                            SourcesOf(ctx_, d.claims) + ") it would end " + DaysText(implied) +
                            ", not " + FigureOf(ctx_, e.first()) + " as " +
                            SourcesOf(ctx_, e.claims) + " " + Says(ctx_, e.claims) + "."));
  }

  const Context& ctx_;
  std::vector<Statement> starts_, durations_, ends_;
  Tolerance tol_;
};

}  // namespace

void CheckDateArithmetic(const Context& ctx, std::vector<Finding>* out) {
  CheckWeekdays(ctx, out);
  std::map<std::pair<std::string, std::string>, Event> events;  // (event, scope)
  for (uint32_t g = 0; g < ctx.alignment.groups.size(); ++g) {
    const ClaimGroup& group = ctx.alignment.groups[g];
    const KeySpec* spec = ctx.policy.FindKey(group.key);
    if (spec == nullptr || spec->event.empty()) continue;
    Event& e = events[{spec->event, group.scope}];
    switch (spec->role) {
      case EventRole::kStart: e.starts.push_back(g); break;
      case EventRole::kDuration: e.durations.push_back(g); break;
      case EventRole::kEnd: e.ends.push_back(g); break;
      case EventRole::kNone: break;
    }
  }
  for (const auto& [name, event] : events) EventCheck(ctx, event).Run(out);
}

}  // namespace figcheck::compare
