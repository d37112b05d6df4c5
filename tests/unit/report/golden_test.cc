// Golden files: the fixture report (fixture.h) rendered in every format and
// compared byte for byte with tests/golden/report/. To regenerate them after
// an intended change, run the test with FIGCHECK_UPDATE_GOLDEN=1:
//
//   FIGCHECK_UPDATE_GOLDEN=1 build/tests/test_report "[golden]"
//
// and review the diff before committing.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "figcheck/render.h"
#include "fixture.h"

namespace figcheck {
namespace {

std::string GoldenPath(const std::string& name) {
  return std::string(FIGCHECK_SOURCE_DIR) + "/tests/golden/report/" + name;
}

void CheckGolden(const std::string& name, const std::string& actual) {
  const std::string path = GoldenPath(name);
  if (std::getenv("FIGCHECK_UPDATE_GOLDEN") != nullptr) {
    std::ofstream(path, std::ios::binary) << actual;
    WARN("updated " << path);
    return;
  }
  std::ifstream in(path, std::ios::binary);
  INFO("golden file " << path << " (regenerate with FIGCHECK_UPDATE_GOLDEN=1)");
  REQUIRE(in.good());
  std::stringstream expected;
  expected << in.rdbuf();
  CHECK(actual == expected.str());
}

std::string Render(ReportFormat format, RenderOptions options = {}) {
  options.tool_version = "0.1.0";
  std::ostringstream out;
  RenderReport(testing::FixtureReport(), format, options, out);
  return out.str();
}

TEST_CASE("golden: every format of the fixture report", "[golden]") {
  CheckGolden("summit.txt", Render(ReportFormat::kText));
  RenderOptions color;
  color.color = true;
  CheckGolden("summit.ansi.txt", Render(ReportFormat::kText, color));
  CheckGolden("summit.json", Render(ReportFormat::kJson));
  CheckGolden("summit.md", Render(ReportFormat::kMarkdown));
  CheckGolden("summit.sarif", Render(ReportFormat::kSarif));
  CheckGolden("summit.check.txt", Render(ReportFormat::kCheck));
  CheckGolden("summit.github.txt", Render(ReportFormat::kGithub));
}

TEST_CASE("golden: check mode for the draft only", "[golden]") {
  RenderOptions draft;
  draft.only_sources = {2};
  CheckGolden("summit-draft.check.txt", Render(ReportFormat::kCheck, draft));
  CheckGolden("summit-draft.github.txt", Render(ReportFormat::kGithub, draft));
}

}  // namespace
}  // namespace figcheck
