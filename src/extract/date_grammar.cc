#include "extract/date_grammar.h"

#include <algorithm>

#include "extract/date_deixis.h"
#include "extract/date_phrase.h"
#include "extract/date_resolve.h"
#include "extract/date_time.h"
#include "extract/duration.h"

namespace figcheck::extract {
namespace {

constexpr int kDatePriority = 30;
constexpr int kTimePriority = 20;
// The longest spelled cardinal a duration may open with, in tokens
// ("مائة وستة وثلاثين يوما").
constexpr size_t kMaxCardinalTokens = 8;

// One look-up per word (DateVocab::WordFlags): most begin nothing, and the
// grammar skips them.
void FlagTokens(const DateVocab& v, const text::TokenView& tv, std::vector<uint8_t>* flags) {
  flags->assign(tv.size(), 0);
  for (size_t i = 0; i < tv.size(); ++i) {
    if (tv.is(i, text::TokenType::kNumber)) (*flags)[i] = DateVocab::kMayStart;
    if (tv.is(i, text::TokenType::kWord)) (*flags)[i] = v.WordFlags(tv.text(i), tv.hash(i));
  }
  // A lead ("في", "in", "the", "mid-") counts only before something that
  // may start a date: a number, a month, another lead. Right to left, so
  // that chains ("ما بين", "in the") pass.
  for (size_t i = tv.size(); i-- > 0;) {
    if (!((*flags)[i] & DateVocab::kLeadWord)) continue;
    size_t next = i + 1;
    if (tv.is_text(next, "-") && tv[next].glued) ++next;
    if (next < tv.size() && ((*flags)[next] & (DateVocab::kMayStart | DateVocab::kLeadWord))) {
      (*flags)[i] |= DateVocab::kMayStart;
    }
  }
}

bool UnitAhead(const std::vector<uint8_t>& flags, size_t i) {
  for (size_t k = i + 1; k < flags.size() && k <= i + kMaxCardinalTokens; ++k) {
    if (flags[k] & DateVocab::kUnitWord) return true;
  }
  return false;
}

Candidate DateCandidate(size_t begin, size_t end, const DateValue& v) {
  Candidate c;
  c.begin = begin;
  c.end = end;
  c.priority = kDatePriority;
  c.mention.kind = MentionKind::kDate;
  c.mention.date = v;
  return c;
}

// A range of days also says how long it lasted: "14 - 15 سبتمبر" is 2 days.
void AddRangeLength(const DateParts& first, const DateParts& last, Mention* m) {
  const int days = RangeDays(first, last, *m->date);
  if (days <= 0) return;
  DurationValue d;
  d.amount = days;
  d.unit = DurationUnit::kDay;
  d.days_low = d.days_high = days;
  m->duration = d;
}

}  // namespace

DateGrammar::DateGrammar(const rulebook::RuleBook& book, const std::string& lang,
                         const QuantityGrammar& quantities)
    : quantities_(quantities), vocab_(book, lang) {}

void DateGrammar::Find(const SentenceContext& ctx, std::vector<Candidate>* out) const {
  const text::TokenView& tv = ctx.tokens;
  DateEnv env;
  env.anchor = ctx.doc_date;
  env.hijri_calendar = vocab_.hijri_calendar();
  env.week_start = vocab_.week_start();
  env.yearless_nearest = vocab_.yearless_nearest();
  const DatePhraseReader phrases(vocab_, tv, env);
  const DurationReader durations(vocab_, quantities_, ctx);
  thread_local std::vector<uint8_t> flags;
  FlagTokens(vocab_, tv, &flags);
  // Past a phrase that names no real day ("31 فبراير 2024"), its parts
  // ("فبراير 2024") are no dates either.
  size_t invalid_until = 0;
  const size_t first_new = out->size();
  for (size_t i = 0; i < tv.size(); ++i) {
    if (!(flags[i] & DateVocab::kMayStart)) {
      // A number word may open a duration ("ثلاثة أسابيع") if a unit is near.
      if (tv.is(i, text::TokenType::kWord) && UnitAhead(flags, i)) {
        if (auto d = durations.Read(i)) out->push_back(std::move(*d));
      }
      continue;
    }
    if (auto p = i >= invalid_until ? phrases.Read(i) : std::nullopt) {
      if (!AddPhrase(*p, env, out)) invalid_until = p->end;
    }
    if (auto r = ReadRelative(vocab_, tv, i)) {
      DateEnv renv = env;
      renv.future = r->ref.unit == RelativeRef::Unit::kWeekday && FutureCueBefore(tv, i);
      DateValue v = ResolveRelative(r->ref, renv);
      v.weekday = r->weekday;
      out->push_back(DateCandidate(r->begin, r->end, v));
    }
    AddTime(tv, i, env, out);
    if (auto d = durations.Read(i)) out->push_back(std::move(*d));
  }
  for (size_t k = first_new; k < out->size(); ++k) {
    Candidate& c = (*out)[k];
    if (!c.norm.empty() || !c.mention.norm_span.empty()) continue;  // already placed
    if (const size_t clitic = LeadClitic(tv, c.begin); clitic > 0) {
      c.norm = Span{static_cast<uint32_t>(tv[c.begin].begin + clitic), tv[c.end - 1].end};
    }
  }
}

size_t DateGrammar::LeadClitic(const text::TokenView& tv, size_t i) const {
  size_t clitic = 0;
  auto consider = [&](size_t begin, size_t len) {
    if (begin != i) return true;
    if (len == 0) return false;  // read as it is: nothing to leave out
    // The article belongs to the word: "واليوم" leaves out "و", not "وال";
    // "وللعام" (و + ل + العام) leaves out "و", and "للعام" nothing, since
    // "لل" holds the article too.
    const std::string_view prefix = tv.text(i).substr(0, len);
    for (std::string_view article : {rulebook::kAl, rulebook::kLamLam}) {
      if (prefix.size() >= article.size() &&
          prefix.substr(prefix.size() - article.size()) == article) {
        len -= article.size();
        break;
      }
    }
    clitic = std::max(clitic, len);
    return true;
  };
  for (size_t l = 0; l < static_cast<size_t>(DateLex::kCount); ++l) {
    if (auto m = vocab_.At(static_cast<DateLex>(l), tv, i); m && !consider(m->begin, m->clitic_len)) {
      return 0;
    }
  }
  const NumberVocabulary& q = quantities_.vocabulary();
  for (const VocabLexicon* lex : {&q.hedges, &q.number_words}) {
    if (auto m = lex->At(tv, i); m && !consider(m->begin, m->clitic_len)) return 0;
  }
  return clitic;
}

bool DateGrammar::AddPhrase(const DatePhrase& p, const DateEnv& env,
                            std::vector<Candidate>* out) const {
  // "5 و9 سبتمبر", "عامي 2020 و2022": one date per item.
  for (size_t j = 0; j < p.list.size(); ++j) {
    const ListedItem& item = p.list[j];
    DateParts parts = p.first;
    if (HasMonth(parts)) {
      parts.day = item.value;
    } else {
      parts.year = item.value;
    }
    // The first item keeps the lead: "يومي 5".
    const size_t begin = j == 0 ? p.begin : item.begin;
    if (auto v = ResolveDate(parts, parts, env)) {
      out->push_back(DateCandidate(begin, item.end, *v));
    }
  }
  if (!p.list.empty()) return true;
  const DateParts& last = p.last ? *p.last : p.first;
  std::optional<DateValue> v = ResolveDate(p.first, last, env);
  if (!v) return false;
  v->weekday = p.weekday;
  v->ambiguous = p.ambiguous;
  Candidate c = DateCandidate(p.begin, p.end, *v);
  if (p.last) {
    c.mention.qualifier = Qualifier::kRange;
    AddRangeLength(p.first, last, &c.mention);
  }
  out->push_back(std::move(c));
  return true;
}

void DateGrammar::AddTime(const text::TokenView& tv, size_t i, const DateEnv& env,
                          std::vector<Candidate>* out) const {
  const std::optional<TimeOfDay> t = ReadTime(vocab_, tv, i);
  if (!t) return;
  Candidate c;
  c.begin = t->begin;
  c.end = t->end;
  c.priority = kTimePriority;
  c.mention.kind = MentionKind::kTime;
  c.mention.value = t->minutes;
  c.mention.interval = Interval::Point(t->minutes);
  if (t->rest.empty()) {
    out->push_back(std::move(c));
    return;
  }
  // "13:2217/09/2024": the time and the date share the token "2217".
  const size_t shared = t->end - 1;
  const std::optional<DatePhrase> p = DatePhraseReader(vocab_, tv, env).ReadSplit(shared, t->rest);
  if (!p) return;
  const uint32_t cut = tv[shared].end - static_cast<uint32_t>(t->rest.size());
  c.norm = Span{tv[t->begin].begin, cut};
  if (!AddPhrase(*p, env, out)) return;
  out->back().norm = Span{cut, tv[p->end - 1].end};
  out->push_back(std::move(c));
}

bool DateGrammar::FutureCueBefore(const text::TokenView& tv, size_t i) const {
  const rulebook::Lexicon& cues = vocab_.lex(DateLex::kFutureCues);
  for (size_t k = 0; k < i; ++k) {
    if (cues.MatchAt(tv, k)) return true;
  }
  return false;
}

}  // namespace figcheck::extract
