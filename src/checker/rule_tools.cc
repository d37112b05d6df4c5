// The rule author's tools behind `figcheck rules list|test|lint`.
#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "checker/checker_impl.h"
#include "checker/rule_examples.h"

namespace figcheck {

namespace {

// Whether `file` lies under one of `paths` (all files when `paths` is empty).
class PathFilter {
 public:
  explicit PathFilter(const std::vector<std::string>& paths) {
    for (const std::string& p : paths) roots_.push_back(Canonical(p));
  }
  bool operator()(const std::string& file) const {
    if (roots_.empty()) return true;
    const std::string f = Canonical(file);
    return std::any_of(roots_.begin(), roots_.end(), [&](const std::string& r) {
      return f == r ||
             (f.size() > r.size() && f.compare(0, r.size(), r) == 0 && f[r.size()] == '/');
    });
  }

 private:
  static std::string Canonical(const std::string& p) {
    std::error_code ec;
    auto c = std::filesystem::weakly_canonical(p, ec);
    return ec ? p : c.string();
  }
  std::vector<std::string> roots_;
};

}  // namespace

std::vector<RuleInfo> Checker::Rules() const {
  std::vector<RuleInfo> out;
  for (const rulebook::ClaimRule* r : impl_->claims->Rules()) {
    RuleInfo info;
    info.id = r->id;
    info.key = r->key;
    info.lang = r->lang;
    info.kind = rulebook::FigureKindName(r->kind);
    for (const auto& p : r->patterns) info.pattern += (info.pattern.empty() ? "" : " || ") + p.text;
    info.where = r->where;
    info.veto = r->veto;
    info.examples = static_cast<uint32_t>(r->examples.size());
    info.counter_examples = static_cast<uint32_t>(r->counter_examples.size());
    out.push_back(std::move(info));
  }
  return out;
}

RuleTestResult Checker::TestRules(const std::vector<std::string>& paths) const {
  RuleTestResult result;
  const PathFilter under(paths);
  checker::ExampleRunner runner(*this);
  for (const rulebook::ClaimRule* rule : impl_->claims->Rules()) {
    if (!under(rule->where.path)) continue;
    for (const auto& ex : rule->examples) runner.ClaimExample(*rule, ex, false, &result);
    for (const auto& ex : rule->counter_examples) runner.ClaimExample(*rule, ex, true, &result);
  }
  for (const rulebook::MentionExample& ex : impl_->book->mention_examples()) {
    if (under(ex.where.path)) runner.MentionExample(ex, &result);
  }
  return result;
}

namespace {

// Warns about rules that match a figure of an example equally well: the
// one loaded first wins by order alone, which is rarely what the author
// meant.
void WarnTies(const Checker& checker, const rulebook::RuleBook& book,
              std::vector<RuleDiagnostic>* diags) {
  checker::ExampleRunner runner(checker);
  std::map<std::string, const rulebook::ClaimRule*> by_id;
  for (const auto& r : book.claim_rules()) by_id[r.id] = &r;
  std::set<std::pair<std::string, std::string>> reported;
  for (const auto& rule : book.claim_rules()) {
    for (const auto& ex : rule.examples) {
      for (const SentenceTrace& s : runner.Explain(ex)) {
        for (const RuleTrace& lost : s.rules) {
          if (lost.outcome != RuleTrace::Outcome::kSuperseded || !lost.by_order) continue;
          for (const RuleTrace& won : s.rules) {
            if (won.outcome != RuleTrace::Outcome::kFired || won.claim.span != lost.claim.span ||
                !reported.insert({won.rule_id, lost.rule_id}).second) {
              continue;
            }
            const rulebook::ClaimRule* loser = by_id[lost.rule_id];
            diags->push_back(RuleDiagnostic{
                Severity::kWarning, loser ? loser->where : rule.where,
                "rules '" + won.rule_id + "' and '" + lost.rule_id + "' match «" + lost.matched +
                    "» equally well (in an example of '" + rule.id + "'); '" + won.rule_id +
                    "' wins by load order alone: narrow one, or give one a priority"});
          }
        }
      }
    }
  }
}

}  // namespace

std::vector<RuleDiagnostic> LintRules(const CheckerOptions& options,
                                      const std::vector<std::string>& paths) {
  std::vector<RuleDiagnostic> diags;
  std::vector<std::string> packs = checker::RulePaths(options);
  for (const std::string& p : paths) {
    if (std::find(packs.begin(), packs.end(), p) == packs.end()) packs.push_back(p);
  }
  CheckerOptions all = options;
  all.use_builtin_rules = false;
  all.rule_dirs = packs;
  auto book = rulebook::RuleBook::Load(packs, &diags);
  if (book.ok()) {
    claims::EngineOptions eo;
    eo.disabled = options.disabled;
    auto engine = claims::ClaimEngine::Create(*book, eo, &diags);
    if (engine.ok()) {
      auto checker = Checker::Create(all);
      if (checker.ok()) WarnTies(**checker, **book, &diags);
    }
  }
  const PathFilter under(paths);
  diags.erase(std::remove_if(diags.begin(), diags.end(),
                             [&](const RuleDiagnostic& d) {
                               return d.level != Severity::kError && !under(d.where.path);
                             }),
              diags.end());
  std::stable_sort(diags.begin(), diags.end(),
                   [](const RuleDiagnostic& a, const RuleDiagnostic& b) {
                     if (a.where.path != b.where.path) return a.where.path < b.where.path;
                     if (a.where.line != b.where.line) return a.where.line < b.where.line;
                     return a.where.column < b.where.column;
                   });
  return diags;
}

}  // namespace figcheck
