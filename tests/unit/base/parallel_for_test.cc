// ParallelFor calls each index exactly once, whatever the thread count.
#include <catch2/catch.hpp>

#include <atomic>
#include <stdexcept>
#include <thread>
#include <vector>

#include "base/parallel_for.h"

namespace figcheck::base {
namespace {

TEST_CASE("ParallelFor: every index once, on any number of threads", "[base][parallel]") {
  for (unsigned threads : {0u, 1u, 2u, 7u, 64u}) {
    for (size_t n : {size_t{0}, size_t{1}, size_t{3}, size_t{1000}}) {
      std::vector<std::atomic<int>> calls(n);
      ParallelFor(n, [&](size_t i) { ++calls[i]; }, threads);
      for (size_t i = 0; i < n; ++i) {
        INFO("threads " << threads << ", n " << n << ", i " << i);
        CHECK(calls[i].load() == 1);
      }
    }
  }
}

TEST_CASE("ParallelFor: one thread runs on the caller", "[base][parallel]") {
  const std::thread::id caller = std::this_thread::get_id();
  bool elsewhere = false;
  ParallelFor(5, [&](size_t) { elsewhere = elsewhere || std::this_thread::get_id() != caller; }, 1);
  CHECK_FALSE(elsewhere);
}

TEST_CASE("ParallelFor: an exception reaches the caller, after every thread stopped",
          "[base][parallel]") {
  for (unsigned threads : {1u, 4u}) {
    std::atomic<int> running{0};
    CHECK_THROWS_AS(ParallelFor(
                        100,
                        [&](size_t i) {
                          ++running;
                          if (i == 7) {
                            --running;
                            throw std::runtime_error("piece 7");
                          }
                          --running;
                        },
                        threads),
                    std::runtime_error);
    CHECK(running.load() == 0);
  }
}

}  // namespace
}  // namespace figcheck::base
