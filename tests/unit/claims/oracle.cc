#include "oracle.h"

#include <algorithm>
#include <cstdlib>

#include "text/normalize.h"

namespace figcheck::testing {

namespace {

std::string Get(const Fields& f, const std::string& name) {
  for (const auto& [k, v] : f) {
    if (k == name) return v;
  }
  return "";
}

double Num(const std::string& s, double fallback) {
  return s.empty() ? fallback : std::strtod(s.c_str(), nullptr);
}

Qualifier ParseQualifier(const std::string& name) {
  for (Qualifier q :
       {Qualifier::kExact, Qualifier::kApprox, Qualifier::kMoreThan, Qualifier::kAtLeast,
        Qualifier::kLessThan, Qualifier::kAtMost, Qualifier::kRange, Qualifier::kVague}) {
    if (name == QualifierName(q)) return q;
  }
  return Qualifier::kExact;
}

}  // namespace

std::optional<Mention> OracleMention(const Document& doc, rulebook::FigureKind kind,
                                     const Fields& f) {
  const std::string surface = Get(f, "text");
  if (surface.empty()) return std::nullopt;
  const std::string norm = text::NormalizeString(surface);
  const size_t pos = doc.normalized().find(norm);
  if (pos == std::string_view::npos) return std::nullopt;
  Mention m;
  m.norm_span = Span{static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + norm.size())};
  m.span = doc.NormalizedToSource(m.norm_span);
  const auto sentences = doc.Sentences();
  for (uint32_t i = 0; i < sentences.size(); ++i) {
    if (sentences[i].norm.begin <= pos && pos < sentences[i].norm.end) {
      m.sentence = i;
      m.lang = sentences[i].lang;
    }
  }
  m.qualifier = ParseQualifier(Get(f, "qualifier"));
  const std::string value = Get(f, "value");
  if (!value.empty()) m.value = Num(value, 0);
  m.interval = Interval::Point(m.value.value_or(0));
  m.interval.low = Num(Get(f, "low"), m.interval.low);
  m.interval.high = Num(Get(f, "high"), m.interval.high);
  m.unit = Get(f, "unit");
  switch (kind) {
    case rulebook::FigureKind::kCount:
      m.kind = m.qualifier == Qualifier::kRange ? MentionKind::kRange : MentionKind::kNumber;
      break;
    case rulebook::FigureKind::kPercent:
      m.kind = MentionKind::kPercent;
      if (m.unit.empty()) m.unit = "percent";
      break;
    case rulebook::FigureKind::kMoney: m.kind = MentionKind::kMoney; break;
    case rulebook::FigureKind::kDate: {
      m.kind = MentionKind::kDate;
      DateValue d;
      auto from = CivilDate::ParseIso(Get(f, "from"));
      auto to = CivilDate::ParseIso(Get(f, "to"));
      if (from) d.from = *from;
      d.to = to ? *to : d.from;
      m.date = d;
      break;
    }
    case rulebook::FigureKind::kDuration: {
      m.kind = MentionKind::kDuration;
      DurationValue d;
      d.days_low = Num(Get(f, "days_low"), 1);
      d.days_high = Num(Get(f, "days_high"), d.days_low);
      d.amount = m.value.value_or(d.days_low);
      m.duration = d;
      m.unit.clear();
      break;
    }
  }
  return m;
}

std::vector<Mention> WithMention(std::vector<Mention> mentions, const Mention& extra) {
  mentions.erase(std::remove_if(mentions.begin(), mentions.end(),
                                [&](const Mention& m) {
                                  return m.norm_span.begin < extra.norm_span.end &&
                                         extra.norm_span.begin < m.norm_span.end;
                                }),
                 mentions.end());
  mentions.push_back(extra);
  std::sort(mentions.begin(), mentions.end(), [](const Mention& a, const Mention& b) {
    return a.norm_span.begin < b.norm_span.begin;
  });
  return mentions;
}

Document ReadText(const Checker& checker, const std::string& text, const std::string& lang,
                  const std::string& date) {
  DocumentInput input;
  input.info.source_name = "test";
  input.info.lang = lang;
  input.bytes = text;
  input.format = InputFormat::kPlain;
  if (!date.empty()) {
    input.info.date = CivilDate::ParseIso(date);
    input.info.date_origin = DateOrigin::kFlag;
  }
  auto doc = checker.Read(std::move(input));
  return doc.ok() ? *doc : Document();
}

bool FullGrammar(const Checker& checker) {
  auto kinds = [&](const std::string& text) {
    std::vector<Mention> ms = checker.Mentions(ReadText(checker, text, "ar"));
    return ms;
  };
  const auto hedged = kinds("نحو 40 ألف");
  const auto date = kinds("7 أكتوبر 2023");
  const auto duration = kinds("44 يوما");
  return hedged.size() == 1 && hedged[0].value && *hedged[0].value == 40000 &&
         hedged[0].qualifier == Qualifier::kApprox && date.size() == 1 &&
         date[0].kind == MentionKind::kDate && duration.size() == 1 &&
         duration[0].kind == MentionKind::kDuration;
}

}  // namespace figcheck::testing
