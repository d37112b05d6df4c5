// What the benchmarks share: the clock they time stages with and the
// median they report.
#ifndef FIGCHECK_BENCH_BENCH_UTIL_H_
#define FIGCHECK_BENCH_BENCH_UTIL_H_

#include <time.h>

#include <algorithm>
#include <chrono>
#include <vector>

namespace figcheck::bench {

// Seconds on this thread's CPU clock by default: the benchmark machine may
// be shared, and CPU time is what other processes disturb least. Wall time
// (--clock wall) for what a user waits, and for work spread over threads.
class Clock {
 public:
  static void UseWallTime(bool wall) { wall_ = wall; }
  static bool wall() { return wall_; }
  static const char* name() { return wall_ ? "wall" : "CPU"; }

  static double Now() { return wall_ ? WallNow() : ThreadCpuNow(); }
  static double WallNow() {
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
  }
  static double ThreadCpuNow() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
  }

 private:
  static inline bool wall_ = false;
};

// The middle value (the upper one of an even count); 0 for none.
inline double Median(std::vector<double> v) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

}  // namespace figcheck::bench

#endif  // FIGCHECK_BENCH_BENCH_UTIL_H_
