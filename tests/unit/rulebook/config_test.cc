#include <unistd.h>

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "figcheck/config.h"

using namespace figcheck;
namespace fs = std::filesystem;

TEST_CASE(".figcheck.yaml is found upwards and read", "[config]") {
  const fs::path root =
      fs::temp_directory_path() / ("figcheck_config_test_" + std::to_string(::getpid()));
  fs::create_directories(root / "a" / "b");
  std::ofstream(root / kConfigFileName) << "rules: [newsroom]\ndisable: [en.x, casualties.*]\n"
                                           "severity: {hedge-mismatch: note}\nfail_on: warning\n"
                                           "builtin_rules: false\n";
  auto c = FindConfig((root / "a" / "b").string());
  REQUIRE(c.ok());
  CHECK(c->path == (root / kConfigFileName).string());
  CHECK(c->rule_dirs == std::vector<std::string>{(root / "newsroom").string()});
  CHECK(c->disabled == std::vector<std::string>{"en.x", "casualties.*"});
  CHECK(c->severity.at("hedge-mismatch") == Severity::kNote);
  CHECK(c->fail_on == Severity::kWarning);
  CHECK(c->builtin_rules == false);

  std::ofstream(root / "a" / kConfigFileName) << "fail_on: severe\n";
  auto bad = FindConfig((root / "a" / "b").string());
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().ToString() == (root / "a" / kConfigFileName).string() +
                                       ":1:10: 'fail_on' must be note, warning, error or none");
  // Found from the directory itself, written "a/b/..": the path in the
  // message is normal (no "/./", no "..").
  auto here = FindConfig((root / "a" / "b" / "..").string());
  REQUIRE_FALSE(here.ok());
  CHECK(here.status().where().path == (root / "a" / kConfigFileName).string());
  auto dot = FindConfig((root / "a" / ".").string());
  REQUIRE_FALSE(dot.ok());
  CHECK(dot.status().where().path == (root / "a" / kConfigFileName).string());
  std::ofstream(root / "a" / kConfigFileName) << "rule: [x]\n";
  CHECK(FindConfig((root / "a").string()).status().message() ==
        "unknown field 'rule' in " + (root / "a" / kConfigFileName).string() +
            " (did you mean 'rules'?)");
  std::ofstream(root / "a" / kConfigFileName) << "rules: [x\n";
  CHECK(FindConfig((root / "a").string()).status().code() == StatusCode::kParseError);
  fs::remove(root / "a" / kConfigFileName);
  fs::remove(root / kConfigFileName);
  auto none = FindConfig((root / "a" / "b").string());
  REQUIRE(none.ok());
  // Nothing here; a config further up (outside the test's tree) may exist.
  CHECK(none->path.find(("figcheck_config_test_" + std::to_string(::getpid()))) ==
        std::string::npos);
}
