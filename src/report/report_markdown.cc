// The Markdown report: for pull request comments and wikis. Same structure
// as the text report (sources, then groups by claim key), in tables; the
// figure is bold in its excerpt.
#include <map>
#include <ostream>

#include "base/figure_text.h"
#include "report/excerpt.h"
#include "report/render_internal.h"
#include "report/report_util.h"

namespace figcheck::report {
namespace {

// Text safe inside a table cell: no line breaks, Markdown punctuation
// escaped so that figures and excerpts print literally.
std::string Cell(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '\n':
      case '\r': out += ' '; break;
      case '|':
      case '*':
      case '_':
      case '`':
      case '[':
      case ']':
      case '<':
      case '>':
      case '\\':
      case '#':
        out += '\\';
        out += c;
        break;
      default: out += c;
    }
  }
  return out;
}

std::string Code(const std::string& s) {
  std::string out;
  for (char c : s) out += c == '`' ? '\'' : (c == '|' ? '/' : c);
  return "`" + out + "`";
}

void Sources(const Report& r, std::ostream& out) {
  out << "## Sources\n\n| # | outlet | file | date |\n|---:|---|---|---|\n";
  for (uint32_t i = 0; i < r.sources.size(); ++i) {
    const DocumentInfo& s = r.sources[i];
    out << "| " << i << " | " << Cell(s.outlet) << " | " << Code(s.source_name) << " | "
        << DateText(s) << " |\n";
  }
}

void Findings(const std::vector<const Finding*>& shown, std::ostream& out) {
  out << "\n## Findings\n\n";
  if (shown.empty()) {
    out << "No findings.\n";
    return;
  }
  out << "| id | severity | type | key | scope | message |\n|---|---|---|---|---|---|\n";
  for (const Finding* f : shown) {
    out << "| " << f->id << " | " << SeverityLabel(f->severity) << " | " << f->type << " | "
        << Code(f->key) << " | " << Cell(f->scope) << " | " << Cell(f->message) << " |\n";
  }
}

void Group(const Report& r, const RenderOptions& o, const ClaimGroup& g,
           const std::vector<const Finding*>& findings, std::ostream& out) {
  out << "\n### " << Cell(g.key) << (g.scope.empty() ? "" : " · " + Cell(g.scope)) << "\n\n";
  for (uint32_t w : g.part_of) out << "Part of " << Code(r.groups[w].key) << ".\n\n";
  out << "| source | place | figure | excerpt |\n|---|---|---|---|\n";
  for (uint32_t i : g.claims) {
    const Claim& c = r.claims[i];
    const DocumentInfo& s = r.sources[c.source];
    const Excerpt e = MakeExcerpt(c, o.excerpt_context);
    out << "| " << c.source << (s.outlet.empty() ? "" : " · " + Cell(s.outlet)) << " | "
        << Code(s.source_name + ":" + std::to_string(c.begin.line) + ":" +
                std::to_string(c.begin.column))
        << " | " << Cell(base::DescribeFigure(c)) << " | " << Cell(e.before);
    if (!e.figure.empty()) out << "**" << Cell(e.figure) << "**" << Cell(e.after);
    out << " |\n";
  }
  if (!findings.empty()) out << '\n';
  for (const Finding* f : findings) {
    out << "- **" << SeverityLabel(f->severity) << "** " << Code(f->type) << " " << f->id << ": "
        << Cell(f->message) << '\n';
  }
}

}  // namespace

void RenderMarkdown(const Report& r, const RenderOptions& o, std::ostream& out) {
  const std::vector<const Finding*> shown = Shown(r, o, false);
  out << "# figcheck report\n\n" << Summary(r, shown) << ".\n\n";
  Sources(r, out);
  Findings(shown, out);
  std::map<std::pair<std::string, std::string>, std::vector<const Finding*>> by_group;
  for (const Finding* f : shown) by_group[{f->key, f->scope}].push_back(f);
  out << "\n## Claims by key\n";
  for (const ClaimGroup& g : r.groups) {
    bool wanted = false;
    for (uint32_t c : g.claims) wanted = wanted || Wanted(o, r.claims[c].source);
    if (!wanted) continue;
    auto it = by_group.find({g.key, g.scope});
    Group(r, o, g, it == by_group.end() ? std::vector<const Finding*>{} : it->second, out);
  }
  if (!r.diagnostics.empty()) {
    out << "\n## Diagnostics\n\n";
    for (const Diagnostic& d : r.diagnostics) {
      out << "- " << SeverityName(d.severity) << ": "
          << (d.source_name.empty() ? "" : Code(d.source_name) + ": ") << Cell(d.message) << '\n';
    }
  }
}

}  // namespace figcheck::report
