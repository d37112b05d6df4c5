// The pipeline behind figcheck::Checker. It owns no policy: every decision
// lives in a stage or in the rule book.
#include "figcheck/figcheck.h"

#include "text/text_document.h"

namespace figcheck {

const char* Version() { return FIGCHECK_VERSION; }

struct Checker::Impl {
  CheckerOptions options;
};

Checker::Checker(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Checker::~Checker() = default;

Result<std::unique_ptr<Checker>> Checker::Create(const CheckerOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  return std::unique_ptr<Checker>(new Checker(std::move(impl)));
}

Result<Document> Checker::Read(DocumentInput input) const {
  text::AnalyzeOptions opts;
  opts.fallback_date = impl_->options.fallback_date;
  opts.lang = impl_->options.lang;
  auto doc = text::Analyze(std::move(input), opts);
  if (!doc.ok()) return doc.status();
  return Document(std::move(doc).value());
}

std::vector<Mention> Checker::Mentions(const Document&) const { return {}; }

}  // namespace figcheck
