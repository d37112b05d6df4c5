// dates_bench: throughput of the extractor with the date grammar on, and
// counts of what it finds, over a JSONL corpus (one document a line:
// {"text": ..., "date": "YYYY-MM-DD" or null, "lang": optional}).
//
//   dates_bench CORPUS.jsonl [--runs N] [--rules DIR] [--sample N FILE]
//
// Prints the median MB/s of N runs (default 5) over the whole corpus, the
// number of date, duration and time mentions (dates split into resolved,
// relative and unresolved), and with --sample writes N random date,
// duration and time mentions with their sentence to FILE, for reading by
// hand. --rules replaces the built-in packs (rules/common alone turns the
// date grammar's vocabulary off, for a baseline).
#include <algorithm>
#include <chrono>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "rulebook/rule_book.h"
#include "text/text_document.h"

namespace {

using namespace figcheck;

struct Doc {
  DocumentInput input;
  text::AnalyzeOptions options;
};

std::vector<Doc> ReadCorpus(const std::string& path, size_t* bytes) {
  std::vector<Doc> docs;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    const nlohmann::json j = nlohmann::json::parse(line);
    Doc d;
    d.input.info.source_name = "doc" + std::to_string(docs.size());
    d.input.bytes = j.at("text").get<std::string>();
    d.input.format = InputFormat::kPlain;
    if (j.contains("date") && j["date"].is_string()) {
      d.options.fallback_date = CivilDate::ParseIso(j["date"].get<std::string>());
    }
    if (j.contains("lang")) d.options.lang = j["lang"].get<std::string>();
    *bytes += d.input.bytes.size();
    docs.push_back(std::move(d));
  }
  return docs;
}

struct Counts {
  std::map<std::string, size_t> by_kind;
  size_t resolved = 0, relative = 0, unresolved = 0, hijri = 0, ranges = 0;
};

void Count(const Mention& m, Counts* c) {
  ++c->by_kind[MentionKindName(m.kind)];
  if (!m.date) return;
  if (!m.date->resolved()) ++c->unresolved;
  else if (m.date->relative) ++c->relative;
  else ++c->resolved;
  if (m.date->calendar == Calendar::kHijri) ++c->hijri;
  if (m.qualifier == Qualifier::kRange) ++c->ranges;
}

std::string Describe(const text::TextDocument& doc, const Mention& m) {
  std::string s = std::string(MentionKindName(m.kind)) + "\t";
  if (m.date) {
    s += m.date->resolved() ? m.date->from.ToIso() + ".." + m.date->to.ToIso()
                            : "unresolved: " + m.date->unresolved;
    if (m.date->weekday) s += " wd=" + std::to_string(m.date->weekday);
    if (m.date->calendar == Calendar::kHijri) s += " hijri=" + m.date->hijri;
  } else if (m.duration) {
    s += std::to_string(m.interval.low) + ".." + std::to_string(m.interval.high) + " " + m.unit;
  } else if (m.value) {
    s += std::to_string(static_cast<int>(*m.value)) + " min";
  }
  const auto& sent = doc.sentences[m.sentence];
  s += "\tdoc=" + (doc.info.date ? doc.info.date->ToIso() : std::string("none"));
  s += "\t[" + std::string(doc.SourceText(m.span)) + "]\t";
  s += std::string(doc.SourceText(doc.NormToSource(sent.norm)));
  return s;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: dates_bench CORPUS.jsonl [--runs N] [--rules DIR] [--sample N FILE]\n";
    return 2;
  }
  int runs = 5;
  size_t sample = 0;
  std::string rules = std::string(FIGCHECK_RULES_SOURCE_DIR), sample_path;
  for (int a = 2; a < argc; ++a) {
    const std::string arg = argv[a];
    if (arg == "--runs" && a + 1 < argc) runs = std::stoi(argv[++a]);
    if (arg == "--rules" && a + 1 < argc) rules = argv[++a];
    if (arg == "--sample" && a + 2 < argc) {
      sample = std::stoul(argv[++a]);
      sample_path = argv[++a];
    }
  }
  auto book = rulebook::RuleBook::Load({rules});
  if (!book.ok()) {
    std::cerr << book.status().ToString() << "\n";
    return 1;
  }
  const extract::Extractor extractor(*book);
  size_t bytes = 0;
  const std::vector<Doc> docs = ReadCorpus(argv[1], &bytes);
  std::vector<double> mbps;
  Counts counts;
  std::vector<std::string> found;
  for (int r = 0; r < runs; ++r) {
    const auto t0 = std::chrono::steady_clock::now();
    for (const Doc& d : docs) {
      auto doc = text::Analyze(d.input, d.options);
      if (!doc.ok()) continue;
      const std::vector<Mention> ms = extractor.Extract(**doc);
      if (r > 0) continue;
      for (const Mention& m : ms) {
        Count(m, &counts);
        const bool ours = m.kind == MentionKind::kDate || m.kind == MentionKind::kDuration ||
                          m.kind == MentionKind::kTime;
        if (ours && sample > 0) found.push_back(Describe(**doc, m));
      }
    }
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    mbps.push_back(bytes / 1e6 / s);
  }
  std::sort(mbps.begin(), mbps.end());
  std::cout << "documents " << docs.size() << ", " << bytes / 1e6 << " MB\n";
  std::cout << "MB/s median " << mbps[mbps.size() / 2] << " (min " << mbps.front() << ", max "
            << mbps.back() << ", " << runs << " runs)\n";
  for (const auto& [kind, n] : counts.by_kind) std::cout << kind << " " << n << "\n";
  std::cout << "dates: resolved " << counts.resolved << ", relative " << counts.relative
            << ", unresolved " << counts.unresolved << ", hijri " << counts.hijri << ", ranges "
            << counts.ranges << "\n";
  if (sample > 0) {
    std::mt19937 rng(17);
    std::shuffle(found.begin(), found.end(), rng);
    std::ofstream out(sample_path);
    for (size_t k = 0; k < std::min(sample, found.size()); ++k) out << found[k] << "\n";
  }
  return 0;
}
