// Renderers: mentions, claims and reports as text for people or machines.
// Every renderer writes to a std::ostream and never fails; formats are
// documented in docs/output.md.
#ifndef FIGCHECK_RENDER_H_
#define FIGCHECK_RENDER_H_

#include <ostream>
#include <string>
#include <vector>

#include "figcheck/claim.h"
#include "figcheck/document.h"
#include "figcheck/mention.h"

namespace figcheck {

enum class MentionFormat { kJsonl, kJson, kText };

// Writes one document's mentions. For kJson, call BeginMentionsJson before
// the first document and EndMentionsJson after the last: the output is one
// array of all mentions.
void RenderMentions(const Document& doc, const std::vector<Mention>& mentions,
                    MentionFormat format, std::ostream& out);
void BeginMentionsJson(std::ostream& out);
void EndMentionsJson(std::ostream& out);

// The JSON object for one mention (one line of the jsonl stream).
std::string MentionJson(const Document& doc, const Mention& m);

// Claims (figcheck extract): one self-contained record per claim, carrying
// its document's info (source name, outlet, date) so that a later run can
// compare claims without the texts. Field names follow Claim (claim.h);
// the schema is in docs/rules.md, "Claim output".
using ClaimFormat = MentionFormat;

void RenderClaims(const DocumentInfo& info, const std::vector<Claim>& claims,
                  ClaimFormat format, std::ostream& out);
void BeginClaimsJson(std::ostream& out);
void EndClaimsJson(std::ostream& out);

// The JSON object for one claim (one line of the jsonl stream).
std::string ClaimJson(const DocumentInfo& info, const Claim& claim);

// One line for people: "SOURCE:LINE:COL: key @scope qualifier [low, high] unit "text" (rule)".
std::string ClaimText(const DocumentInfo& info, const Claim& claim);

}  // namespace figcheck

#endif  // FIGCHECK_RENDER_H_
