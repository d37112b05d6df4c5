#include "cli/collect.h"

#include <unistd.h>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <fstream>
#include <iostream>
#include <map>
#include <mutex>
#include <optional>
#include <thread>

#include "figcheck/render.h"

namespace figcheck::cli {
namespace {

// One document's outcome.
struct Done {
  DocumentInfo info;
  std::vector<Claim> claims;
  Status status;
};

// Prints "documents, claims" on one rewritten stderr line, at most twice a
// second, once the run has lasted a second.
class Progress {
 public:
  explicit Progress(bool on) : on_(on && isatty(STDERR_FILENO)) {}
  ~Progress() {
    if (shown_) std::cerr << "\r\033[K" << std::flush;
  }
  void Update(size_t docs, size_t claims) {
    if (!on_) return;
    const auto now = std::chrono::steady_clock::now();
    if (now - start_ < std::chrono::seconds(1) || now - last_ < std::chrono::milliseconds(500)) {
      return;
    }
    last_ = now;
    shown_ = true;
    std::cerr << "\rfigcheck: " << docs << " documents, " << claims << " claims" << std::flush;
  }

 private:
  bool on_;
  bool shown_ = false;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point last_{};
};

Status ReadClaimsInputs(const InputFlags& f, Collected* out) {
  std::vector<std::string> paths = f.sources;
  if (paths.empty()) paths.push_back("-");
  for (const std::string& p : paths) {
    if (p == "-") {
      Status st = ReadClaimsJsonl(std::cin, "-", &out->sources, &out->claims);
      if (!st.ok()) return st;
      continue;
    }
    std::ifstream in(p, std::ios::binary);
    if (!in) return Status(StatusCode::kNotFound, "cannot open claims file", SourceLocation{p, 0, 0});
    Status st = ReadClaimsJsonl(in, p, &out->sources, &out->claims);
    if (!st.ok()) return st;
  }
  return Status::Ok();
}

// The work queue between the reader (this thread) and the workers, and the
// finished documents waiting for their turn to be appended in order.
class Pipeline {
 public:
  Pipeline(const Checker& checker, unsigned jobs) : checker_(checker), capacity_(2 * jobs) {}

  // Queues a document; blocks while the queue is full.
  void Push(size_t index, DocumentInput input) {
    std::unique_lock<std::mutex> lock(mu_);
    space_.wait(lock, [&] { return queue_.size() < capacity_ || stop_; });
    queue_.emplace_back(index, std::move(input));
    work_.notify_one();
  }
  void Close() {
    std::lock_guard<std::mutex> lock(mu_);
    closed_ = true;
    work_.notify_all();
  }
  // Worker loop.
  void Work(uint32_t base) {
    while (true) {
      std::pair<size_t, DocumentInput> item;
      {
        std::unique_lock<std::mutex> lock(mu_);
        work_.wait(lock, [&] { return !queue_.empty() || closed_ || stop_; });
        if (queue_.empty() || stop_) return;
        item = std::move(queue_.front());
        queue_.pop_front();
        space_.notify_one();
      }
      Done done = Process(base + static_cast<uint32_t>(item.first), std::move(item.second));
      std::lock_guard<std::mutex> lock(mu_);
      done_.emplace(item.first, std::move(done));
      ready_.notify_all();
    }
  }
  // Takes the finished document `index`, waiting for it.
  Done Take(size_t index) {
    std::unique_lock<std::mutex> lock(mu_);
    ready_.wait(lock, [&] { return done_.count(index) > 0; });
    Done d = std::move(done_.at(index));
    done_.erase(index);
    return d;
  }
  // Takes `index` only if it is finished.
  std::optional<Done> TryTake(size_t index) {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = done_.find(index);
    if (it == done_.end()) return std::nullopt;
    Done d = std::move(it->second);
    done_.erase(it);
    return d;
  }
  void Stop() {
    std::lock_guard<std::mutex> lock(mu_);
    stop_ = true;
    work_.notify_all();
    space_.notify_all();
  }

 private:
  Done Process(uint32_t source, DocumentInput input) {
    Done d;
    d.info = input.info;
    Result<Document> doc = checker_.Read(std::move(input));
    if (!doc.ok()) {
      d.status = doc.status();
      return d;
    }
    d.info = doc->info();
    d.claims = checker_.Claims(*doc, source);
    DropIgnoredClaims(doc->text(), &d.claims);
    return d;
  }

  const Checker& checker_;
  const size_t capacity_;
  std::mutex mu_;
  std::condition_variable work_, space_, ready_;
  std::deque<std::pair<size_t, DocumentInput>> queue_;
  std::map<size_t, Done> done_;
  bool closed_ = false;
  bool stop_ = false;
};

}  // namespace

InputOptions InputOptionsFor(const InputFlags& f) {
  InputOptions io;
  io.paths = f.sources;
  io.mode = f.input == "jsonl" ? InputMode::kJsonl : InputMode::kDocuments;
  io.include = f.include;
  io.encoding = f.encoding;
  if (f.input_format == "plain") io.format = InputFormat::kPlain;
  if (f.input_format == "markdown") io.format = InputFormat::kMarkdown;
  if (f.input_format == "html") io.format = InputFormat::kHtml;
  return io;
}

void DropIgnoredClaims(std::string_view text, std::vector<Claim>* claims) {
  static constexpr std::string_view kOpen = "<!--";
  static constexpr std::string_view kWord = "figcheck-ignore";
  size_t pos = 0;
  while ((pos = text.find(kOpen, pos)) != std::string_view::npos) {
    const size_t close = text.find("-->", pos);
    if (close == std::string_view::npos) break;
    std::string_view body = text.substr(pos + kOpen.size(), close - pos - kOpen.size());
    pos = close + 3;
    const size_t w = body.find_first_not_of(" \t\r\n");
    if (w == std::string_view::npos || body.substr(w, kWord.size()) != kWord) continue;
    body.remove_prefix(w + kWord.size());
    const size_t kb = body.find_first_not_of(" \t\r\n");
    if (kb == std::string_view::npos) continue;
    const size_t ke = body.find_first_of(" \t\r\n", kb);
    const std::string_view key = body.substr(kb, ke == std::string_view::npos ? ke : ke - kb);
    for (auto it = claims->begin(); it != claims->end(); ++it) {
      if (it->key == key && it->span.begin >= close) {
        claims->erase(it);
        break;
      }
    }
  }
}

Status CollectClaims(const Checker& checker, const InputFlags& f, const CollectOptions& options,
                     Collected* out) {
  if (f.input == "claims") return ReadClaimsInputs(f, out);
  auto reader = InputReader::Open(InputOptionsFor(f));
  if (!reader.ok()) return reader.status();
  const unsigned jobs = std::max(1u, options.jobs);
  const uint32_t base = static_cast<uint32_t>(out->sources.size());
  Pipeline pipe(checker, jobs);
  std::vector<std::thread> workers;
  for (unsigned i = 0; i < jobs; ++i) workers.emplace_back([&] { pipe.Work(base); });
  Progress progress(options.progress);
  Status status;
  size_t read = 0, appended = 0;
  auto append = [&](Done d) {
    if (!d.status.ok()) {
      if (status.ok()) status = d.status;
      return;
    }
    out->sources.push_back(std::move(d.info));
    for (Claim& c : d.claims) out->claims.push_back(std::move(c));
    ++appended;
    progress.Update(appended, out->claims.size());
  };
  while (status.ok()) {
    DocumentInput input;
    Result<bool> more = (*reader)->Next(&input);
    if (!more.ok()) {
      // Documents before the bad input come first, so the error is the
      // first in input order.
      while (appended < read && status.ok()) append(pipe.Take(appended));
      if (status.ok()) status = more.status();
      break;
    }
    if (!*more) break;
    pipe.Push(read++, std::move(input));
    while (status.ok()) {  // append what is finished, in order
      std::optional<Done> d = pipe.TryTake(appended);
      if (!d) break;
      append(std::move(*d));
    }
  }
  pipe.Close();
  while (appended < read && status.ok()) append(pipe.Take(appended));
  if (!status.ok()) pipe.Stop();
  for (auto& w : workers) w.join();
  return status;
}

}  // namespace figcheck::cli
