// mentions_bench: throughput of mention extraction (tokenize + quantity and
// date grammars) on real news text, single thread, in MB of input per
// second of the thread's CPU time.
//
//   mentions_bench [--runs N] [--lang ar|en] INPUT...
//
// An INPUT is a text file (one document), or a SaudiNewsNet .zip holding a
// JSON array of articles (each "content" is one document; read through
// `unzip -p`). With no INPUT it reads the shared corpora next to the
// project. Prints, for the median of N runs, MB/s of input bytes for
//   analyze: the text stages alone (decode, normalize, segment), for scale;
//   tokenize: the extractor's tokenizing of every sentence alone, the floor
//            under extract;
//   extract: mentions from already analyzed documents, the stage this
//            benchmark is about;
//   both:    analyze + extract, what `figcheck extract` pays per document.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fstream>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "bench_util.h"
#include "extract/extractor.h"
#include "rulebook/rule_book.h"
#include "text/text_document.h"

namespace {

using figcheck::DocumentInput;
// Thread CPU time: the figure is per core, and a shared machine's other
// work should not count against it.
using figcheck::bench::Clock;
using figcheck::bench::Median;

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// The "content" of each article of a SaudiNewsNet day file.
std::vector<std::string> ReadZip(const std::string& path) {
  std::vector<std::string> out;
  const std::string cmd = "unzip -p '" + path + "'";
  FILE* pipe = popen(cmd.c_str(), "r");
  if (pipe == nullptr) return out;
  std::string json;
  char buf[1 << 16];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, pipe)) > 0) json.append(buf, n);
  pclose(pipe);
  const auto articles = nlohmann::json::parse(json, nullptr, false);
  if (!articles.is_array()) return out;
  for (const auto& a : articles) {
    if (a.contains("content") && a["content"].is_string()) out.push_back(a["content"]);
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  int runs = 5;
  std::string lang;
  std::vector<std::string> inputs;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--runs") && i + 1 < argc) {
      runs = std::max(1, std::atoi(argv[++i]));
    } else if (!std::strcmp(argv[i], "--lang") && i + 1 < argc) {
      lang = argv[++i];
    } else {
      inputs.push_back(argv[i]);
    }
  }
  if (inputs.empty()) {
    // The shared folder sits next to the project (or next to its worktrees).
    for (const char* up : {"/../shared/corpora/", "/../../shared/corpora/"}) {
      const std::string shared = std::string(FIGCHECK_SOURCE_DIR) + up;
      if (!std::ifstream(shared + "saudinewsnet/2015-07-23.zip")) continue;
      inputs = {shared + "saudinewsnet/2015-07-23.zip", shared + "saudinewsnet/2015-08-01.zip"};
      break;
    }
  }
  std::vector<std::string> docs;
  for (const std::string& in : inputs) {
    if (in.size() > 4 && in.compare(in.size() - 4, 4, ".zip") == 0) {
      for (auto& d : ReadZip(in)) docs.push_back(std::move(d));
    } else {
      docs.push_back(ReadFile(in));
    }
  }
  size_t bytes = 0;
  for (const auto& d : docs) bytes += d.size();
  if (bytes == 0) {
    std::cerr << "mentions_bench: no input\n";
    return 2;
  }
  auto book = figcheck::rulebook::RuleBook::Load({std::string(FIGCHECK_SOURCE_DIR) + "/rules"});
  if (!book.ok()) {
    std::cerr << "mentions_bench: " << book.status().ToString() << "\n";
    return 2;
  }
  const figcheck::extract::Extractor extractor(*book);
  figcheck::text::AnalyzeOptions options;
  options.lang = lang;

  std::vector<double> analyze_s, tokenize_s, extract_s;
  size_t mentions = 0;
  for (int r = 0; r < runs; ++r) {
    std::vector<std::shared_ptr<const figcheck::text::TextDocument>> analyzed;
    analyzed.reserve(docs.size());
    auto t0 = Clock::Now();
    for (const auto& d : docs) {
      DocumentInput input;
      input.info.source_name = "bench";
      input.bytes = d;
      input.format = figcheck::InputFormat::kPlain;
      auto doc = figcheck::text::Analyze(std::move(input), options);
      if (doc.ok()) analyzed.push_back(std::move(doc).value());
    }
    const auto t1 = Clock::Now();
    analyze_s.push_back(t1 - t0);
    std::vector<figcheck::text::Token> tokens;
    size_t token_count = 0;
    for (const auto& doc : analyzed) {
      for (const auto& sentence : doc->sentences) {
        figcheck::text::Tokenize(doc->norm.text, sentence.norm, &tokens);
        token_count += tokens.size();
      }
    }
    tokenize_s.push_back(Clock::Now() - t1);
    if (token_count == 0) std::fprintf(stderr, "no tokens\n");
    const auto t2 = Clock::Now();
    mentions = 0;
    for (const auto& doc : analyzed) mentions += extractor.Extract(*doc).size();
    extract_s.push_back(Clock::Now() - t2);
  }
  const double mb = static_cast<double>(bytes) / 1e6;
  const double a = Median(analyze_s), e = Median(extract_s);
  std::vector<double> both(analyze_s.size());
  for (size_t i = 0; i < both.size(); ++i) both[i] = analyze_s[i] + extract_s[i];
  std::printf("%zu documents, %.1f MB, %zu mentions, median of %d runs\n", docs.size(), mb,
              mentions, runs);
  std::printf("analyze  %8.1f MB/s\n", mb / a);
  std::printf("tokenize %8.1f MB/s\n", mb / Median(tokenize_s));
  std::printf("extract  %8.1f MB/s\n", mb / e);
  std::printf("both     %8.1f MB/s\n", mb / Median(both));
  return 0;
}
