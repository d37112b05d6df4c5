// Helpers shared by the text tests (not a test file itself).
#ifndef FIGCHECK_TESTS_UNIT_TEXT_TEST_UTIL_H_
#define FIGCHECK_TESTS_UNIT_TEXT_TEST_UTIL_H_

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>

namespace figcheck::testing {

// The shared directory (seeds, corpora). FIGCHECK_SHARED_DIR is
// "<project>/../shared", right for the main checkout; a git worktree lives
// deeper, so the parents of the source tree are searched too.
inline std::string SharedDir() {
  namespace fs = std::filesystem;
  if (const char* env = std::getenv("FIGCHECK_SHARED_DIR")) return env;
  if (fs::exists(fs::path(FIGCHECK_SHARED_DIR) / "seeds")) return FIGCHECK_SHARED_DIR;
  for (fs::path p = fs::absolute(FIGCHECK_SOURCE_DIR); p.has_relative_path(); p = p.parent_path()) {
    if (fs::exists(p / "shared" / "seeds")) return (p / "shared").string();
  }
  return FIGCHECK_SHARED_DIR;
}

inline std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// A fresh empty directory under the system temp directory, removed when
// the object goes.
class TempDir {
 public:
  TempDir() {
    std::random_device rd;
    path_ = std::filesystem::temp_directory_path() /
            ("figcheck_test_" + std::to_string(rd()) + std::to_string(rd()));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  std::string Write(const std::string& name, const std::string& bytes) const {
    const auto p = path_ / name;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }
  std::string path() const { return path_.string(); }

 private:
  std::filesystem::path path_;
};

}  // namespace figcheck::testing

#endif  // FIGCHECK_TESTS_UNIT_TEXT_TEST_UTIL_H_
