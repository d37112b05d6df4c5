// JsonStream writes the same bytes as dumping the whole document at once.
#include <catch2/catch.hpp>

#include <sstream>

#include "report/json_io.h"
#include "report/json_stream.h"

namespace figcheck::report {
namespace {

TEST_CASE("JsonStream: byte for byte what Dump(whole, 2) writes", "[report][json]") {
  const Json claim = {{"id", "0:1"},
                      {"text", "line one\nline two «٤٤ يوما»"},
                      {"low", nullptr},
                      {"nested", {{"empty_array", Json::array()}, {"empty_object", Json::object()}}},
                      {"list", {1, 2.5, "three", Json::array({Json::array(), true})}}};
  Json whole = Json::object();
  whole["version"] = 1;
  whole["claims"] = Json::array({claim, claim});
  whole["groups"] = Json::array();
  whole["runs"] = Json::array({Json{{"results", Json::array({claim})}, {"tail", "x"}}});

  std::ostringstream streamed;
  JsonStream js(streamed);
  js.OpenObject();
  js.Member("version", 1);
  js.OpenArray("claims");
  js.Value(claim);
  js.Value(claim);
  js.Close();
  js.OpenArray("groups");
  js.Close();
  js.OpenArray("runs");
  js.OpenObject();
  js.OpenArray("results");
  js.Value(claim);
  js.Close();
  js.Member("tail", "x");
  js.Finish();

  CHECK(streamed.str() == Dump(whole, 2) + "\n");
}

TEST_CASE("JsonStream: an empty document and a top-level array", "[report][json]") {
  std::ostringstream a;
  JsonStream ja(a);
  ja.OpenObject();
  ja.Finish();
  CHECK(a.str() == "{}\n");

  std::ostringstream b;
  JsonStream jb(b);
  jb.OpenArray();
  jb.Value({{"k", "v"}});
  jb.Value(Json::array());
  jb.Finish();
  CHECK(b.str() == Dump(Json::array({Json{{"k", "v"}}, Json::array()}), 2) + "\n");
}

}  // namespace
}  // namespace figcheck::report
