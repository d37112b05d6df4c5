// QuantityGrammar::ParseCardinal and ApplyHedge: the API the date and
// duration grammars build on ("ثلاثة أسابيع", "نحو عامين", "more than
// three months").
#include <catch2/catch.hpp>

#include <limits>

#include "extract/hedge.h"
#include "quantity_test_util.h"
#include "text/normalize.h"
#include "text/token.h"

using namespace figcheck;

namespace {

// Tokens of a short normalized phrase, kept alive with their text.
struct Phrase {
  explicit Phrase(const std::string& raw) : norm(text::NormalizeString(raw)) {
    text::Tokenize(norm, Span{0, static_cast<uint32_t>(norm.size())}, &tokens);
  }
  text::TokenView view() const { return text::TokenView(norm, tokens); }
  std::string norm;
  std::vector<text::Token> tokens;
};

const extract::QuantityGrammar& Grammar(const std::string& lang) {
  static const extract::QuantityGrammar ar(*testing::BuiltinRules(), "ar");
  static const extract::QuantityGrammar en(*testing::BuiltinRules(), "en");
  return lang == "ar" ? ar : en;
}

// The value and token count of the cardinal at the first token, or -1.
std::pair<double, size_t> Cardinal(const std::string& raw, const std::string& lang) {
  const Phrase p(raw);
  auto c = Grammar(lang).ParseCardinal(p.view(), 0);
  if (!c) return {-1, 0};
  return {c->value, c->end - c->begin};
}

}  // namespace

TEST_CASE("ParseCardinal reads digits and words with magnitudes", "[cardinal]") {
  CHECK(Cardinal("44 يوما", "ar") == std::pair<double, size_t>{44, 1});
  CHECK(Cardinal("40 ألف فلسطيني", "ar") == std::pair<double, size_t>{40000, 2});
  CHECK(Cardinal("ثلاثة أسابيع", "ar") == std::pair<double, size_t>{3, 1});
  CHECK(Cardinal("خمسة عشر يوما", "ar") == std::pair<double, size_t>{15, 2});
  CHECK(Cardinal("مائة وستة وثلاثون ألف", "ar") == std::pair<double, size_t>{136000, 4});
  CHECK(Cardinal("2.5 مليون", "ar") == std::pair<double, size_t>{2500000, 4});
  CHECK(Cardinal("two years", "en") == std::pair<double, size_t>{2, 1});
  CHECK(Cardinal("forty-four days", "en") == std::pair<double, size_t>{44, 3});
  CHECK(Cardinal("one hundred and five", "en") == std::pair<double, size_t>{105, 4});
  CHECK(Cardinal("a dozen", "en") == std::pair<double, size_t>{12, 2});
  CHECK(Cardinal("1,234,567", "en") == std::pair<double, size_t>{1234567, 5});
  // "one" is a cardinal (the grammar only declines to report it alone).
  CHECK(Cardinal("one year", "en") == std::pair<double, size_t>{1, 1});
  // Not cardinals: ordinals, a lone article, a word with no number.
  CHECK(Cardinal("15th", "en").first == -1);
  CHECK(Cardinal("a year", "en").first == -1);
  CHECK(Cardinal("الأول", "ar").first == -1);
  // Duals of nouns are left to the duration grammar; duals of magnitudes
  // are numbers.
  CHECK(Cardinal("يومين", "ar").first == -1);
  CHECK(Cardinal("ألفين", "ar") == std::pair<double, size_t>{2000, 1});
}

TEST_CASE("ParseCardinal leaves a clitic outside the number", "[cardinal]") {
  const Phrase p("وخمسون");
  auto c = Grammar("ar").ParseCardinal(p.view(), 0);
  REQUIRE(c.has_value());
  CHECK(c->value == 50);
  CHECK(c->clitic_len == std::string("و").size());
}

TEST_CASE("ApplyHedge widens a figure by the hedge before or after it", "[hedge]") {
  const auto book = testing::BuiltinRules();
  auto hedged = [&](const std::string& raw, const std::string& lang, size_t begin, size_t end,
                    double value) {
    const Phrase p(raw);
    const text::TokenView tv = p.view();
    const extract::SentenceContext ctx{tv, lang, std::nullopt, book->policy()};
    Mention m;
    m.value = value;
    m.interval = Interval::Point(value);
    size_t e = end;
    const size_t b = Grammar(lang).ApplyHedge(ctx, begin, &e, &m);
    return std::tuple<size_t, size_t, Mention>(b, e, m);
  };
  {
    auto [b, e, m] = hedged("استمرت نحو عامين", "ar", 2, 3, 2);
    CHECK(b == 1);
    CHECK(e == 3);
    CHECK(m.qualifier == Qualifier::kApprox);
    CHECK(m.interval.low == Approx(1.8));
    CHECK(m.interval.high == Approx(2.2));
  }
  {
    auto [b, e, m] = hedged("for more than three months", "en", 3, 5, 3);
    CHECK(b == 1);
    CHECK(m.qualifier == Qualifier::kMoreThan);
    CHECK(m.interval.low_open);
    CHECK(m.interval.high == Approx(6));
  }
  {
    auto [b, e, m] = hedged("بعد 3 أشهر تقريبا", "ar", 1, 3, 3);
    CHECK(b == 1);
    CHECK(e == 4);
    CHECK(m.qualifier == Qualifier::kApprox);
  }
  {
    auto [b, e, m] = hedged("بعد 3 أشهر", "ar", 1, 3, 3);
    CHECK(b == 1);
    CHECK(e == 3);
    CHECK(m.qualifier == Qualifier::kExact);
    CHECK(m.interval.is_point());
  }
}

TEST_CASE("Hedge intervals follow the policy", "[hedge]") {
  rulebook::Policy p;
  p.approx_width = 0.2;
  p.near_width = 0.05;
  p.open_bound_width = 0.5;
  using extract::Hedge;
  using extract::HedgeInterval;
  auto same = [](const Interval& a, const Interval& b) {
    return a.low == Approx(b.low) && a.high == Approx(b.high) && a.low_open == b.low_open &&
           a.high_open == b.high_open;
  };
  CHECK(same(HedgeInterval(Hedge::kApprox, 50, p), {40, 60, false, false}));
  CHECK(same(HedgeInterval(Hedge::kNear, 100, p), {95, 100, false, true}));
  CHECK(same(HedgeInterval(Hedge::kMoreThan, 40000, p), {40000, 60000, true, false}));
  CHECK(same(HedgeInterval(Hedge::kAtLeast, 10, p), {10, 15, false, false}));
  CHECK(same(HedgeInterval(Hedge::kLessThan, 10, p), {5, 10, false, true}));
  CHECK(same(HedgeInterval(Hedge::kAtMost, 10, p), {5, 10, false, false}));
  // The floor at zero holds for non-negative figures only.
  p.open_bound_width = 2;
  CHECK(same(HedgeInterval(Hedge::kLessThan, 10, p), {0, 10, false, true}));
  CHECK(same(HedgeInterval(Hedge::kLessThan, -2, p), {-6, -2, false, true}));
  // A range widens under "about" only.
  Mention r;
  r.kind = MentionKind::kRange;
  r.qualifier = Qualifier::kRange;
  r.interval = {40, 50, false, false};
  CHECK_FALSE(extract::ApplyHedgeTo(Hedge::kMoreThan, p, &r));
  CHECK(extract::ApplyHedgeTo(Hedge::kApprox, p, &r));
  CHECK(same(r.interval, {32, 60, false, false}));
}

TEST_CASE("A rule pack's policy sets the widths", "[hedge]") {
  const Phrase p("about 50");
  rulebook::Policy wide;
  wide.approx_width = 0.5;
  std::vector<extract::Candidate> out;
  const extract::SentenceContext ctx{p.view(), "en", std::nullopt, wide};
  Grammar("en").Find(ctx, &out);
  REQUIRE(out.size() == 1);
  CHECK(out[0].mention.interval.low == Approx(25));
  CHECK(out[0].mention.interval.high == Approx(75));
}
