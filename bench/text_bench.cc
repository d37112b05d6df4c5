// text_bench: throughput of the text stages (decode, normalize, segment, and
// the whole Analyze pipeline) on real news text.
//
//   text_bench [--runs N] [--max-mb M] [--clock cpu|wall] [--label NAME] SOURCE...
//              [-- [--label NAME] SOURCE...]
//
// A SOURCE is a SaudiNewsNet .zip (read with `unzip -p`), a .json array of
// articles (their "content" fields are the documents), or any other file,
// read as one plain-text document. Each group of sources (groups are
// separated by "--") is one corpus. For every corpus the program runs all
// its documents through the stages N times (default 7), timing each stage
// per document, and prints the median throughput of the runs in MB/s of
// input (UTF-8) bytes. Stage times exclude reading the corpus, and are this
// thread's CPU time unless --clock wall.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "bench_util.h"
#include "text/decode.h"
#include "text/markup.h"
#include "text/normalize.h"
#include "text/segment.h"
#include "text/text_document.h"

namespace {

using figcheck::bench::Clock;
using figcheck::bench::Median;

struct Corpus {
  std::string label;
  std::vector<std::string> sources;
  std::vector<std::string> docs;
  size_t bytes = 0;
};

std::string ReadCommand(const std::string& cmd) {
  std::string out;
  FILE* p = popen(cmd.c_str(), "r");
  if (p == nullptr) return out;
  char buf[1 << 16];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  pclose(p);
  return out;
}

std::string ShellQuote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Adds the documents of one source to the corpus, up to max_bytes in all.
bool Load(const std::string& path, size_t max_bytes, Corpus* c) {
  std::string data = EndsWith(path, ".zip") ? ReadCommand("unzip -p " + ShellQuote(path))
                                            : ReadCommand("cat " + ShellQuote(path));
  if (data.empty()) {
    std::cerr << "text_bench: cannot read " << path << "\n";
    return false;
  }
  if (!EndsWith(path, ".zip") && !EndsWith(path, ".json")) {
    c->bytes += data.size();
    c->docs.push_back(std::move(data));
    return true;
  }
  nlohmann::json articles = nlohmann::json::parse(data, nullptr, false);
  if (!articles.is_array()) {
    std::cerr << "text_bench: " << path << " is not a JSON array of articles\n";
    return false;
  }
  for (const auto& a : articles) {
    if (c->bytes >= max_bytes) break;
    auto it = a.find("content");
    if (it == a.end() || !it->is_string()) continue;
    std::string text = it->get<std::string>();
    if (text.empty()) continue;
    c->bytes += text.size();
    c->docs.push_back(std::move(text));
  }
  return true;
}

struct RunTimes {
  double decode = 0, normalize = 0, segment = 0, analyze = 0;  // seconds
};

// What reading the clock costs (a system call for CPU time: about a
// microsecond on a VM), taken off every timed interval: per-document
// intervals are short enough for it to matter.
double g_clock_cost = 0;

void CalibrateClock() {
  constexpr int kCalls = 20000;
  const double a = Clock::Now();
  for (int i = 0; i < kCalls; ++i) (void)Clock::Now();
  g_clock_cost = (Clock::Now() - a) / (kCalls + 1);
}

double Seconds(double a, double b) {
  return std::max(0.0, b - a - g_clock_cost);
}

RunTimes RunOnce(const Corpus& c, size_t* sentences) {
  using namespace figcheck;
  RunTimes t;
  text::NormalizedText norm;
  std::vector<text::Paragraph> paras;
  std::vector<text::Sentence> sents;
  *sentences = 0;
  for (const std::string& doc : c.docs) {
    // The stages one by one, as Analyze runs them on plain text.
    std::string bytes = doc;  // Decode takes its input by value: copy untimed
    const auto t0 = Clock::Now();
    Result<text::DecodedText> dec = text::Decode(std::move(bytes), "", "bench");
    const auto t1 = Clock::Now();
    if (!dec.ok()) {
      std::cerr << "text_bench: " << dec.status().ToString() << "\n";
      std::exit(2);
    }
    text::NormalizeOptions opts;
    opts.line_breaks_are_paragraphs = !text::LooksHardWrapped(dec->utf8);
    text::Normalize(dec->utf8, opts, &norm);
    const auto t2 = Clock::Now();
    text::Segment(norm.text, dec->utf8, norm.map, "", &paras, &sents);
    const auto t3 = Clock::Now();
    *sentences += sents.size();
    // The whole pipeline (adds front matter, line index, dateline, copies).
    DocumentInput in;
    in.info.source_name = "bench";
    in.bytes = doc;
    in.format = InputFormat::kPlain;
    const auto t4 = Clock::Now();
    auto analyzed = text::Analyze(std::move(in), text::AnalyzeOptions{});
    const auto t5 = Clock::Now();
    if (!analyzed.ok()) std::exit(2);
    t.decode += Seconds(t0, t1);
    t.normalize += Seconds(t1, t2);
    t.segment += Seconds(t2, t3);
    t.analyze += Seconds(t4, t5);
  }
  return t;
}

void Bench(const Corpus& c, int runs) {
  std::vector<double> dec, norm, seg, total, analyze;
  size_t sentences = 0;
  RunOnce(c, &sentences);  // warm-up: builds the normalizer's tables, ICU data
  for (int r = 0; r < runs; ++r) {
    const RunTimes t = RunOnce(c, &sentences);
    const double mb = static_cast<double>(c.bytes) / 1e6;
    dec.push_back(mb / t.decode);
    norm.push_back(mb / t.normalize);
    seg.push_back(mb / t.segment);
    total.push_back(mb / (t.decode + t.normalize + t.segment));
    analyze.push_back(mb / t.analyze);
  }
  std::printf("%-8s %6zu docs %7.2f MB %7zu sentences | MB/s (%s time), median of %d runs: decode %7.1f"
              "  normalize %7.1f  segment %7.1f  decode+normalize+segment %7.1f  Analyze %7.1f\n",
              c.label.c_str(), c.docs.size(), static_cast<double>(c.bytes) / 1e6, sentences,
              Clock::name(), runs,
              Median(dec), Median(norm), Median(seg), Median(total), Median(analyze));
}

}  // namespace

int main(int argc, char** argv) {
  int runs = 7;
  size_t max_bytes = static_cast<size_t>(-1);
  std::vector<Corpus> corpora(1);
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--runs" && i + 1 < argc) {
      runs = std::max(1, std::atoi(argv[++i]));
    } else if (a == "--clock" && i + 1 < argc) {
      Clock::UseWallTime(std::string(argv[++i]) == "wall");
    } else if (a == "--max-mb" && i + 1 < argc) {
      max_bytes = static_cast<size_t>(std::atof(argv[++i]) * 1e6);
    } else if (a == "--label" && i + 1 < argc) {
      corpora.back().label = argv[++i];
    } else if (a == "--") {
      corpora.emplace_back();
    } else {
      corpora.back().sources.push_back(a);
    }
  }
  CalibrateClock();
  for (Corpus& c : corpora) {
    if (c.sources.empty()) continue;
    if (c.label.empty()) c.label = c.sources.front();
    for (const std::string& s : c.sources) {
      if (c.bytes >= max_bytes) break;
      if (!Load(s, max_bytes, &c)) return 2;
    }
    if (c.docs.empty()) {
      std::cerr << "text_bench: no documents in " << c.label << "\n";
      return 2;
    }
    Bench(c, runs);
  }
  return 0;
}
