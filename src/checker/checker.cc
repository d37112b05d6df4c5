// The pipeline behind figcheck::Checker. It owns no policy: every decision
// lives in a stage or in the rule book.
#include "figcheck/figcheck.h"

#include "checker/rules_location.h"
#include "extract/extractor.h"
#include "rulebook/rule_book.h"
#include "text/text_document.h"

namespace figcheck {

const char* Version() { return FIGCHECK_VERSION; }

struct Checker::Impl {
  CheckerOptions options;
  std::shared_ptr<const rulebook::RuleBook> book;
  std::unique_ptr<extract::Extractor> extractor;
};

Checker::Checker(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Checker::~Checker() = default;

Result<std::unique_ptr<Checker>> Checker::Create(const CheckerOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  std::vector<std::string> packs;
  if (options.use_builtin_rules) {
    packs.push_back(options.builtin_rules_dir.empty() ? checker::BuiltinRulesDir()
                                                      : options.builtin_rules_dir);
  }
  packs.insert(packs.end(), options.rule_dirs.begin(), options.rule_dirs.end());
  auto book = rulebook::RuleBook::Load(packs);
  if (!book.ok()) return book.status();
  impl->book = std::move(book).value();
  impl->extractor = std::make_unique<extract::Extractor>(impl->book);
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

std::vector<Mention> Checker::Mentions(const Document& doc) const {
  return impl_->extractor->Extract(doc.data());
}

}  // namespace figcheck
