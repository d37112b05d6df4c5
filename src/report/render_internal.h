// The per-format renderers behind RenderReport (render_report.cc), one file
// each.
#ifndef FIGCHECK_REPORT_RENDER_INTERNAL_H_
#define FIGCHECK_REPORT_RENDER_INTERNAL_H_

#include <ostream>

#include "figcheck/render.h"

namespace figcheck::report {

void RenderText(const Report& r, const RenderOptions& o, std::ostream& out);
void RenderJson(const Report& r, const RenderOptions& o, std::ostream& out);
void RenderMarkdown(const Report& r, const RenderOptions& o, std::ostream& out);
void RenderSarif(const Report& r, const RenderOptions& o, std::ostream& out);
void RenderCheck(const Report& r, const RenderOptions& o, std::ostream& out);
void RenderGithub(const Report& r, const RenderOptions& o, std::ostream& out);

// "error", "warning", "note", and "agreement" for severity none (only
// agreements have it).
const char* SeverityLabel(Severity s);

}  // namespace figcheck::report

#endif  // FIGCHECK_REPORT_RENDER_INTERNAL_H_
