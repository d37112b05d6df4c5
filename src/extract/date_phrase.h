// Calendar phrases: the dates a text writes with month names or digits.
//
//   day first    "17 سبتمبر 2024", "يومي 14 و15 سبتمبر/أيلول 2024",
//                "من 14 إلى 15 سبتمبر", "the 17th of September", "14-15 September"
//   month first  "September 17, 2024", "Sept. 14-15", "Rabiʻ I 14, 1446 AH"
//   month        "سبتمبر 2024", "سبتمبر/ أيلول الجاري", "in September", "last September"
//   year         "عام 2020", "in 2020", "1446هـ", "2020-2022", "1435/ 1436هـ"
//   numeric      "17/09/2024", "2024-09-17", "17.9.2024", "14/3/1446 هـ"
// each with a weekday before or after ("الثلاثاء 17 سبتمبر",
// "17/09/2024, الثلاثاء"), and ranges across months ("28 سبتمبر - 2 أكتوبر").
// Paired month names (سبتمبر/أيلول) must agree. Every word comes from the
// rule packs (date_vocab.h); the reader only knows the order of the parts.
#ifndef FIGCHECK_EXTRACT_DATE_PHRASE_H_
#define FIGCHECK_EXTRACT_DATE_PHRASE_H_

#include <optional>
#include <string_view>
#include <vector>

#include "extract/date_parts.h"
#include "extract/date_vocab.h"
#include "extract/relative.h"
#include "text/token.h"

namespace figcheck::extract {

class DatePhraseReader {
 public:
  // `env` decides whether an era-less year such as 1436 is Hijri
  // (date_numeric.h).
  DatePhraseReader(const DateVocab& vocab, const text::TokenView& tv, const DateEnv& env)
      : v_(vocab), tv_(tv), env_(env) {}

  // The longest calendar phrase starting at token i.
  std::optional<DatePhrase> Read(size_t i) const;

  // A numeric date whose first field is `digits`, the tail of token i (a
  // time ran into it: "13:2217/09/2024"), with a weekday after it.
  std::optional<DatePhrase> ReadSplit(size_t i, std::string_view digits) const;

 private:
  enum class Role { kNone, kRange, kDays, kDay, kMonth, kYear, kBare };
  struct Lead {
    Role role = Role::kNone;
    size_t end = 0;
    bool past = false;  // "منذ", "since": what follows is not after the anchor
  };
  // A day or a year number over tokens [begin, end).
  struct Item {
    int value = 0;
    size_t begin = 0;
    size_t end = 0;
  };

  std::optional<DatePhrase> Core(size_t i) const;
  std::optional<DatePhrase> DayFirst(size_t k, Role role) const;
  std::optional<DatePhrase> MonthFirst(size_t k, Role role) const;
  std::optional<DatePhrase> YearSpan(size_t k, Role role) const;
  void SecondYear(const Item& y, Role role, DatePhrase* p, std::optional<Calendar>* era) const;
  void ExtendRange(Role role, DatePhrase* p) const;
  void TrailingWeekday(DatePhrase* p) const;

  std::optional<Lead> LeadAt(size_t k) const;
  size_t AfterLead(size_t k, Role role) const;
  std::optional<Item> Day(size_t k) const;
  size_t Days(size_t k, Role role, std::vector<Item>* days, bool* range) const;
  static void SetDays(const std::vector<Item>& days, bool range, DatePhrase* p);
  std::optional<MonthMatch> Months(size_t k) const;
  size_t YearPart(size_t k, DateParts* p) const;
  std::optional<Item> YearNumber(size_t k, std::optional<Calendar>* era) const;
  bool IsComma(size_t k) const;

  const DateVocab& v_;
  const text::TokenView& tv_;
  const DateEnv& env_;
};

}  // namespace figcheck::extract

#endif  // FIGCHECK_EXTRACT_DATE_PHRASE_H_
