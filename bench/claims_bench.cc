// claims_bench: the cost of the claims stage and what it finds on real news.
//
//   claims_bench [--runs N] [--sample N] [--seed S] [--limit N] [--clock cpu|wall] INPUT...
//
// INPUT is a SaudiNewsNet daily file (a .zip holding a JSON array of
// articles with "content"), such a .json array, or a plain text file.
// Prints, each as the median of --runs runs on one thread:
//   - the time to load every built-in pack (rule book + compiled claim
//     rules: Checker::Create);
//   - throughput of the text stages alone, with mentions, and with claims;
// Times are this thread's CPU time (a shared machine's other work counts
// least against it), or wall time with --clock wall.
// then the claims found per key, and --sample claims drawn at random (with
// their sentences) for reading by hand.
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "bench_util.h"
#include "figcheck/figcheck.h"
#include "figcheck/render.h"

namespace {

using figcheck::Checker;

struct Article {
  std::string name;
  std::string date;  // YYYY-MM-DD or ""
  std::string text;
};

std::string Slurp(const std::string& path) {
  std::string out;
  if (path.size() > 4 && path.compare(path.size() - 4, 4, ".zip") == 0) {
    // unzip is a documented dependency (scripts/setup); paths come from the
    // command line of a benchmark, not from untrusted input.
    FILE* p = popen(("unzip -p '" + path + "'").c_str(), "r");
    if (p == nullptr) return out;
    char buf[1 << 16];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
    pclose(p);
    return out;
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void Collect(const std::string& path, std::vector<Article>* out) {
  const std::string bytes = Slurp(path);
  const auto j = nlohmann::json::parse(bytes, nullptr, false);
  if (!j.is_array()) {
    out->push_back({path, "", bytes});
    return;
  }
  for (size_t i = 0; i < j.size(); ++i) {
    const auto& a = j[i];
    if (!a.is_object() || !a.contains("content") || !a["content"].is_string()) continue;
    Article art{path + "#" + std::to_string(i), "", a["content"].get<std::string>()};
    if (a.contains("date_extracted") && a["date_extracted"].is_string()) {
      art.date = a["date_extracted"].get<std::string>().substr(0, 10);
    }
    out->push_back(std::move(art));
  }
}

using figcheck::bench::Clock;
using figcheck::bench::Median;

figcheck::Result<figcheck::Document> Read(const Checker& checker, const Article& a) {
  figcheck::DocumentInput in;
  in.info.source_name = a.name;
  in.bytes = a.text;
  in.format = figcheck::InputFormat::kPlain;
  if (auto d = figcheck::CivilDate::ParseIso(a.date)) {
    in.info.date = d;
    in.info.date_origin = figcheck::DateOrigin::kJsonl;
  }
  return checker.Read(std::move(in));
}

struct Timing {
  double read = 0, mentions = 0, claims = 0;
};

// One pass over the corpus; fills *claims when asked.
Timing Pass(const Checker& checker, const std::vector<Article>& articles,
            std::vector<std::pair<figcheck::DocumentInfo, figcheck::Claim>>* claims) {
  Timing t;
  uint32_t source = 0;
  for (const Article& a : articles) {
    const auto t0 = Clock::Now();
    auto doc = Read(checker, a);
    const auto t1 = Clock::Now();
    if (!doc.ok()) continue;
    const auto mentions = checker.Mentions(*doc);
    const auto t2 = Clock::Now();
    auto found = checker.Claims(*doc, mentions, source++);
    const auto t3 = Clock::Now();
    t.read += (t1 - t0);
    t.mentions += (t2 - t1);
    t.claims += (t3 - t2);
    if (claims) {
      for (auto& c : found) claims->emplace_back(doc->info(), std::move(c));
    }
  }
  return t;
}

}  // namespace

int main(int argc, char** argv) {
  int runs = 5, sample = 30, limit = 0;
  unsigned seed = 1;
  std::vector<std::string> inputs;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto next = [&]() { return i + 1 < argc ? std::atoi(argv[++i]) : 0; };
    if (a == "--runs") {
      runs = std::max(1, next());
    } else if (a == "--sample") {
      sample = next();
    } else if (a == "--seed") {
      seed = static_cast<unsigned>(next());
    } else if (a == "--limit") {
      limit = next();
    } else if (a == "--clock" && i + 1 < argc) {
      Clock::UseWallTime(std::string(argv[++i]) == "wall");
    } else {
      inputs.push_back(a);
    }
  }
  figcheck::CheckerOptions options;
  std::vector<double> loads;
  std::unique_ptr<Checker> checker;
  for (int r = 0; r < std::max(runs, 5); ++r) {
    // Wall time: loading spreads its work over the cores, which a
    // thread's CPU clock would not see.
    const double t0 = Clock::WallNow();
    auto c = Checker::Create(options);
    loads.push_back((Clock::WallNow() - t0) * 1000);
    if (!c.ok()) {
      std::cerr << "claims_bench: " << c.status().ToString() << "\n";
      return 2;
    }
    checker = std::move(c).value();
  }
  size_t rules = 0;
  std::map<std::string, std::pair<int, int>> per_lang;
  for (const auto& r : checker->Rules()) {
    ++rules;
    per_lang[r.lang].first++;
    per_lang[r.lang].second += r.examples + r.counter_examples;
  }
  std::printf("load: %.1f ms wall (median of %zu; every built-in pack, %zu claim rules)\n",
              Median(loads), loads.size(), rules);
  for (const auto& [lang, n] : per_lang) {
    std::printf("  %s: %d rules, %d examples and counter-examples\n", lang.c_str(), n.first,
                n.second);
  }
  if (inputs.empty()) return 0;

  std::vector<Article> articles;
  for (const std::string& in : inputs) Collect(in, &articles);
  if (limit > 0 && articles.size() > static_cast<size_t>(limit)) articles.resize(limit);
  double mb = 0;
  for (const Article& a : articles) mb += a.text.size();
  mb /= 1e6;
  std::printf("corpus: %zu documents, %.1f MB\n", articles.size(), mb);

  std::vector<double> read, mentions, claims, total;
  std::vector<std::pair<figcheck::DocumentInfo, figcheck::Claim>> found;
  for (int r = 0; r < runs; ++r) {
    const Timing t = Pass(*checker, articles, r == 0 ? &found : nullptr);
    read.push_back(t.read);
    mentions.push_back(t.mentions);
    claims.push_back(t.claims);
    total.push_back(t.read + t.mentions + t.claims);
  }
  std::printf(
      "time (%s, median of %d runs, one thread): text stages %.3f s, mentions %.3f s, "
      "claims %.3f s\n",
      Clock::name(), runs, Median(read), Median(mentions), Median(claims));
  std::printf(
      "throughput (MB/s): text stages %.1f, mentions %.1f, claims %.1f; whole pipeline %.1f\n",
      mb / Median(read), mb / Median(mentions), mb / Median(claims), mb / Median(total));

  std::map<std::string, int> per_key;
  for (const auto& [_, c] : found) per_key[c.key]++;
  std::printf("claims: %zu\n", found.size());
  for (const auto& [k, n] : per_key) std::printf("  %-32s %d\n", k.c_str(), n);
  if (sample > 0 && !found.empty()) {
    std::mt19937 rng(seed);
    std::shuffle(found.begin(), found.end(), rng);
    std::printf("sample of %d claims (seed %u):\n", std::min<int>(sample, found.size()), seed);
    for (int i = 0; i < sample && i < static_cast<int>(found.size()); ++i) {
      const auto& [info, c] = found[i];
      std::printf("%2d. %s\n    %s\n", i + 1, figcheck::ClaimText(info, c).c_str(),
                  c.sentence_text.c_str());
    }
  }
  return 0;
}
