// RenderReport: the format switch, and format names for the command line.
#include <array>

#include "report/render_internal.h"

namespace figcheck {
namespace {

struct FormatName {
  ReportFormat format;
  const char* name;
};

constexpr std::array<FormatName, 6> kFormats = {{
    {ReportFormat::kText, "text"},
    {ReportFormat::kJson, "json"},
    {ReportFormat::kMarkdown, "markdown"},
    {ReportFormat::kSarif, "sarif"},
    {ReportFormat::kCheck, "check"},
    {ReportFormat::kGithub, "github"},
}};

}  // namespace

const char* ReportFormatName(ReportFormat format) {
  for (const FormatName& f : kFormats) {
    if (f.format == format) return f.name;
  }
  return "text";
}

std::optional<ReportFormat> ParseReportFormat(std::string_view name) {
  for (const FormatName& f : kFormats) {
    if (name == f.name) return f.format;
  }
  return std::nullopt;
}

void RenderReport(const Report& report, ReportFormat format, const RenderOptions& options,
                  std::ostream& out) {
  switch (format) {
    case ReportFormat::kText: return report::RenderText(report, options, out);
    case ReportFormat::kJson: return report::RenderJson(report, options, out);
    case ReportFormat::kMarkdown: return report::RenderMarkdown(report, options, out);
    case ReportFormat::kSarif: return report::RenderSarif(report, options, out);
    case ReportFormat::kCheck: return report::RenderCheck(report, options, out);
    case ReportFormat::kGithub: return report::RenderGithub(report, options, out);
  }
}

}  // namespace figcheck
