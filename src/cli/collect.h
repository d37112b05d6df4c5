// Collecting claims for report and check: every input document read,
// analyzed and turned into claims on a pool of threads, with the results
// kept in input order so that the output does not depend on --jobs.
#ifndef FIGCHECK_CLI_COLLECT_H_
#define FIGCHECK_CLI_COLLECT_H_

#include <vector>

#include "cli/common.h"
#include "figcheck/claim.h"
#include "figcheck/document.h"

namespace figcheck::cli {

struct Collected {
  std::vector<DocumentInfo> sources;
  std::vector<Claim> claims;  // Claim::source indexes `sources`
};

struct CollectOptions {
  unsigned jobs = 1;      // worker threads for the per-document stages
  bool progress = false;  // a progress line on stderr (a terminal only)
};

// Appends the sources and claims the flags name (documents, a JSONL stream
// of documents, or claims JSONL) to *out. Memory grows with the claims
// kept, not with the text read: at most a few documents are in flight.
// Stops at the first input error in input order.
Status CollectClaims(const Checker& checker, const InputFlags& flags, const CollectOptions& options,
                     Collected* out);

// Drops the claims an inline `<!-- figcheck-ignore KEY -->` comment
// silences: for each comment, the first claim of KEY after it.
void DropIgnoredClaims(std::string_view source_text, std::vector<Claim>* claims);

// The input options the flags name.
InputOptions InputOptionsFor(const InputFlags& flags);

}  // namespace figcheck::cli

#endif  // FIGCHECK_CLI_COLLECT_H_
