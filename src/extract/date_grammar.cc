// Minimal date grammar: finds nothing yet. The full grammar replaces this
// file.
#include "extract/date_grammar.h"

namespace figcheck::extract {

DateGrammar::DateGrammar(const rulebook::RuleBook& book, const std::string& lang,
                         const QuantityGrammar& quantities)
    : lang_(lang), book_(book), quantities_(quantities) {}

void DateGrammar::Find(const SentenceContext&, std::vector<Candidate>*) const {}

}  // namespace figcheck::extract
