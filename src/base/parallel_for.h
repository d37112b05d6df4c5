// Runs independent pieces of start-up work on the machine's cores: parsing
// the rule files and compiling the claim patterns are a good part of the
// time to load the built-in packs, and each piece stands alone.
#ifndef FIGCHECK_BASE_PARALLEL_FOR_H_
#define FIGCHECK_BASE_PARALLEL_FOR_H_

#include <cstddef>
#include <functional>

namespace figcheck::base {

// Calls fn(i) once for each i in [0, n), on up to `threads` threads (0: one
// per hardware thread, at most 8), and returns when all calls have
// returned. The calls may run in any order and at once: fn must only touch
// what belongs to its i. With one thread, or one piece, everything runs on
// the calling thread. If a call throws, no further pieces start, and the
// first exception is rethrown once every thread has stopped.
void ParallelFor(size_t n, const std::function<void(size_t)>& fn, unsigned threads = 0);

}  // namespace figcheck::base

#endif  // FIGCHECK_BASE_PARALLEL_FOR_H_
