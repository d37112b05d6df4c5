// Findings within one claim group: every pair of statements (context.h) is
// judged (verdict.h); pairs from one source can only be internal conflicts;
// for cumulative keys the document dates turn a difference into an update
// or a conflict. Pair findings with the same type and the same two figures
// merge, so "44 days" in two sources against "45 days" in a third is one
// conflict naming all three.
//
// Pairs are judged within a group only: the cost is quadratic in the
// number of distinct figures of one key and scope, never in the number of
// claims of a run.
#ifndef FIGCHECK_COMPARE_GROUP_FINDINGS_H_
#define FIGCHECK_COMPARE_GROUP_FINDINGS_H_

#include <vector>

#include "compare/context.h"

namespace figcheck::compare {

// Appends the group's findings (no id or severity yet) to *out: conflict,
// internal-conflict, hedge-mismatch, precision-mismatch, update, unresolved
// (cumulative figures of undated sources), single-source and, when the
// policy asks, agreement.
void CompareGroup(const Context& ctx, const ClaimGroup& group, std::vector<Finding>* out);

}  // namespace figcheck::compare

#endif  // FIGCHECK_COMPARE_GROUP_FINDINGS_H_
