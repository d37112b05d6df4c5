// The text report: for people at a terminal. Grouped by claim key; each
// group lists every source's figure with an excerpt of its sentence, then
// the group's findings. Excerpts go on a line of their own, so a right-to-
// left sentence never shares a line with left-to-right paths and numbers
// (which is what makes mixed Arabic/Latin lines unreadable in terminals).
#include <map>
#include <ostream>
#include <set>

#include "base/figure_text.h"
#include "report/excerpt.h"
#include "report/render_internal.h"
#include "report/report_util.h"

namespace figcheck::report {
namespace {

constexpr const char* kReset = "\x1b[0m";
constexpr const char* kBold = "\x1b[1m";
constexpr const char* kFigure = "\x1b[1;4m";  // bold, underlined

const char* SeverityColor(Severity s) {
  switch (s) {
    case Severity::kError: return "\x1b[1;31m";
    case Severity::kWarning: return "\x1b[1;33m";
    case Severity::kNote: return "\x1b[36m";
    case Severity::kNone: return "\x1b[32m";
  }
  return "";
}

class TextRenderer {
 public:
  TextRenderer(const Report& r, const RenderOptions& o, std::ostream& out)
      : r_(r), o_(o), out_(out), shown_(Shown(r, o, false)) {
    for (const Finding* f : shown_) by_group_[{f->key, f->scope}].push_back(f);
    for (const Finding& f : r.findings) with_findings_.insert({f.key, f.scope});
  }

  void Run() {
    Sources();
    for (const ClaimGroup& g : r_.groups) {
      if (WantedGroup(g)) Group(g);
    }
    Leftovers();
    Diagnostics();
    out_ << '\n' << Paint(kBold, "Summary:") << ' ' << Summary(r_, shown_);
    size_t suppressed = 0;
    for (const Finding& f : r_.findings) suppressed += f.suppressed;
    if (suppressed > 0) out_ << " (" << suppressed << " accepted in the baseline, not shown)";
    out_ << '\n';
  }

 private:
  std::string Paint(const char* code, const std::string& s) const {
    return o_.color ? code + s + kReset : s;
  }

  void Sources() {
    out_ << Paint(kBold, "Sources") << '\n';
    for (uint32_t i = 0; i < r_.sources.size(); ++i) {
      const DocumentInfo& s = r_.sources[i];
      out_ << "  [" << i << "] " << (s.outlet.empty() ? "(no outlet)" : s.outlet) << " · "
           << s.source_name << " · " << DateText(s) << '\n';
    }
  }

  bool WantedGroup(const ClaimGroup& g) const {
    for (uint32_t c : g.claims) {
      if (Wanted(o_, r_.claims[c].source)) return true;
    }
    return false;
  }

  void Group(const ClaimGroup& g) {
    out_ << '\n' << Paint(kBold, g.key) << (g.scope.empty() ? "" : " · " + g.scope);
    for (uint32_t w : g.part_of) out_ << "  (part of " << r_.groups[w].key << ")";
    out_ << '\n';
    for (uint32_t c : g.claims) ClaimLines(r_.claims[c]);
    auto it = by_group_.find({g.key, g.scope});
    if (it == by_group_.end()) {
      // Only when nothing at all was found here: a finding filtered out by
      // only_sources or accepted in the baseline is still a disagreement.
      if (SourceCount(g) > 1 && with_findings_.count({g.key, g.scope}) == 0) {
        out_ << "  " << Paint(SeverityColor(Severity::kNone), "=") << " no disagreement found\n";
      }
      return;
    }
    for (const Finding* f : it->second) FindingLine(*f);
    by_group_.erase(it);
  }

  size_t SourceCount(const ClaimGroup& g) const {
    std::set<uint32_t> sources;
    for (uint32_t c : g.claims) sources.insert(r_.claims[c].source);
    return sources.size();
  }

  void ClaimLines(const Claim& c) {
    out_ << "  [" << c.source << "] " << r_.sources[c.source].source_name << ':' << c.begin.line
         << ':' << c.begin.column << "  " << base::DescribeFigure(c) << '\n';
    const Excerpt e = MakeExcerpt(c, o_.excerpt_context);
    if (e.before.empty() && e.figure.empty()) return;
    out_ << "      " << e.before;
    if (!e.figure.empty()) {
      out_ << (o_.color ? Paint(kFigure, e.figure) : "\u27E6" + e.figure + "\u27E7") << e.after;
    }
    out_ << '\n';
  }

  void FindingLine(const Finding& f) {
    out_ << "  " << Paint(SeverityColor(f.severity), SeverityLabel(f.severity)) << ' ' << f.type
         << ' ' << f.id << ": " << f.message << '\n';
  }

  // Findings whose key and scope name no group (none today; kept so that a
  // finding is never silently lost).
  void Leftovers() {
    if (by_group_.empty()) return;
    out_ << '\n' << Paint(kBold, "Other findings") << '\n';
    for (const auto& [where, findings] : by_group_) {
      for (const Finding* f : findings) FindingLine(*f);
    }
  }

  void Diagnostics() {
    if (r_.diagnostics.empty()) return;
    out_ << '\n' << Paint(kBold, "Diagnostics") << '\n';
    for (const Diagnostic& d : r_.diagnostics) {
      out_ << "  " << SeverityName(d.severity) << ": "
           << (d.source_name.empty() ? "" : d.source_name + ": ") << d.message << '\n';
    }
  }

  const Report& r_;
  const RenderOptions& o_;
  std::ostream& out_;
  std::vector<const Finding*> shown_;
  std::map<std::pair<std::string, std::string>, std::vector<const Finding*>> by_group_;
  std::set<std::pair<std::string, std::string>> with_findings_;  // every finding's group
};

}  // namespace

const char* SeverityLabel(Severity s) {
  return s == Severity::kNone ? "agreement" : SeverityName(s);
}

void RenderText(const Report& r, const RenderOptions& o, std::ostream& out) {
  TextRenderer(r, o, out).Run();
}

}  // namespace figcheck::report
