// Check mode output for CI (docs/output.md): one line per finding per
// source involved (only the drafts when RenderOptions::only_sources names
// them), at that source's first claim of the finding, so an editor sees
// every place the finding touches in the files under review.
//
//   path:line:col: severity: message [type/key]          (kCheck)
//   ::error file=path,line=L,col=C,...::message          (kGithub)
#include <algorithm>
#include <ostream>
#include <tuple>
#include <vector>

#include "report/render_internal.h"
#include "report/report_util.h"

namespace figcheck::report {
namespace {

// Calls fn(finding, claim) for each place a finding is reported at, in
// the order of the places (input order of the sources, then line and
// column), as compilers and linters print theirs; findings at one place
// keep the report's order.
template <typename Fn>
void ForEachPlace(const Report& r, const RenderOptions& o, Fn fn) {
  struct Place {
    const Finding* finding;
    const Claim* claim;
  };
  std::vector<Place> places;
  for (const Finding* f : Shown(r, o, false)) {
    if (f->severity == Severity::kNone) continue;  // agreements
    for (uint32_t s : FindingSources(r, *f)) {
      if (!Wanted(o, s)) continue;
      const int c = FirstClaimIn(r, *f, s);
      if (c >= 0) places.push_back({f, &r.claims[static_cast<size_t>(c)]});
    }
  }
  std::stable_sort(places.begin(), places.end(), [](const Place& a, const Place& b) {
    return std::tie(a.claim->source, a.claim->begin.line, a.claim->begin.column) <
           std::tie(b.claim->source, b.claim->begin.line, b.claim->begin.column);
  });
  for (const Place& p : places) fn(*p.finding, *p.claim);
}

// GitHub workflow command escaping: data escapes %, CR, LF; property values
// also ':' and ','.
std::string Escape(const std::string& s, bool property) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '%': out += "%25"; break;
      case '\r': out += "%0D"; break;
      case '\n': out += "%0A"; break;
      case ':': out += property ? "%3A" : ":"; break;
      case ',': out += property ? "%2C" : ","; break;
      default: out += c;
    }
  }
  return out;
}

const char* GithubCommand(Severity s) {
  switch (s) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    default: return "notice";
  }
}

}  // namespace

void RenderCheck(const Report& r, const RenderOptions& o, std::ostream& out) {
  ForEachPlace(r, o, [&](const Finding& f, const Claim& c) {
    out << r.sources[c.source].source_name << ':' << c.begin.line << ':' << c.begin.column << ": "
        << SeverityName(f.severity) << ": " << f.message << " [" << f.type << '/' << f.key << "]\n";
  });
}

void RenderGithub(const Report& r, const RenderOptions& o, std::ostream& out) {
  ForEachPlace(r, o, [&](const Finding& f, const Claim& c) {
    out << "::" << GithubCommand(f.severity)
        << " file=" << Escape(r.sources[c.source].source_name, true) << ",line=" << c.begin.line
        << ",col=" << c.begin.column << ",endLine=" << c.end.line << ",endColumn=" << c.end.column
        << ",title=" << Escape("figcheck " + f.type + " (" + f.key + ")", true)
        << "::" << Escape(f.message, false) << '\n';
  });
}

}  // namespace figcheck::report
