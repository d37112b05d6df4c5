// The pipeline behind figcheck::Checker. It owns no policy: every decision
// lives in a stage or in the rule book.
#include "figcheck/figcheck.h"

#include "checker/checker_impl.h"
#include "checker/rules_location.h"
#include "text/text_document.h"

namespace figcheck {

const char* Version() {
  return FIGCHECK_VERSION;
}

namespace checker {

std::vector<std::string> RulePaths(const CheckerOptions& options) {
  std::vector<std::string> packs;
  if (options.use_builtin_rules) {
    packs.push_back(options.builtin_rules_dir.empty() ? BuiltinRulesDir()
                                                      : options.builtin_rules_dir);
  }
  packs.insert(packs.end(), options.rule_dirs.begin(), options.rule_dirs.end());
  return packs;
}

}  // namespace checker

Checker::Checker(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Checker::~Checker() = default;

Result<std::unique_ptr<Checker>> Checker::Create(const CheckerOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  auto book = rulebook::RuleBook::Load(checker::RulePaths(options));
  if (!book.ok()) return book.status();
  impl->book = std::move(book).value();
  impl->extractor = std::make_unique<extract::Extractor>(impl->book);
  claims::EngineOptions engine_options;
  engine_options.disabled = options.disabled;
  auto engine = claims::ClaimEngine::Create(impl->book, engine_options);
  if (!engine.ok()) return engine.status();
  impl->claims = std::move(engine).value();
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

std::vector<Claim> Checker::Claims(const Document& doc, uint32_t source_index) const {
  return Claims(doc, Mentions(doc), source_index);
}

std::vector<Claim> Checker::Claims(const Document& doc, const std::vector<Mention>& mentions,
                                   uint32_t source_index) const {
  return impl_->claims->Find(doc.data(), mentions, source_index);
}

std::vector<SentenceTrace> Checker::Explain(const Document& doc) const {
  return Explain(doc, Mentions(doc));
}

std::vector<SentenceTrace> Checker::Explain(const Document& doc,
                                            const std::vector<Mention>& mentions) const {
  return impl_->claims->Explain(doc.data(), mentions);
}

}  // namespace figcheck
