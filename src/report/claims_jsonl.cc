// The claims JSONL stream (docs/output.md, "Claims JSONL"): one claim a
// line, each carrying its source, so that extraction and comparison can
// run apart and still give the same report.
#include <map>
#include <string>

#include "figcheck/render.h"
#include "report/json_io.h"

namespace figcheck {

using report::Json;

std::string ClaimJsonLine(const DocumentInfo& source, uint32_t source_index, const Claim& claim) {
  Json j;
  j["figcheck_claims"] = kClaimsJsonlVersion;
  j["record"] = "claim";
  const Json fields = report::ClaimToJson(claim);
  for (auto it = fields.begin(); it != fields.end(); ++it) j[it.key()] = it.value();
  j["source"] = report::SourceToJson(source, source_index);
  return report::Dump(j);
}

std::string SourceJsonLine(const DocumentInfo& source, uint32_t source_index) {
  Json j;
  j["figcheck_claims"] = kClaimsJsonlVersion;
  j["record"] = "source";
  j["source"] = report::SourceToJson(source, source_index);
  return report::Dump(j);
}

void WriteClaimsJsonl(const std::vector<DocumentInfo>& sources, const std::vector<Claim>& claims,
                      std::ostream& out) {
  std::vector<std::vector<const Claim*>> by_source(sources.size());
  for (const Claim& c : claims) {
    if (c.source < sources.size()) by_source[c.source].push_back(&c);
  }
  for (uint32_t s = 0; s < sources.size(); ++s) {
    if (by_source[s].empty()) out << SourceJsonLine(sources[s], s) << '\n';
    for (const Claim* c : by_source[s]) out << ClaimJsonLine(sources[s], s, *c) << '\n';
  }
}

namespace {

// One stream's sources: the index a line gives -> the index in *sources.
class StreamSources {
 public:
  explicit StreamSources(std::vector<DocumentInfo>* sources) : sources_(sources) {}

  uint32_t Resolve(const Json& line) {
    auto it = line.find("source");
    if (it == line.end() || !it->is_object()) {
      throw report::FieldError("field 'source' must be an object describing the document");
    }
    DocumentInfo info;
    uint32_t index = 0;
    report::SourceFromJson(*it, &info, &index);
    auto [pos, inserted] = map_.try_emplace(index, static_cast<uint32_t>(sources_->size()));
    if (inserted) {
      sources_->push_back(std::move(info));
    } else if ((*sources_)[pos->second].source_name != info.source_name) {
      throw report::FieldError("source " + std::to_string(index) + " was '" +
                               (*sources_)[pos->second].source_name + "' on an earlier line");
    }
    return pos->second;
  }

 private:
  std::vector<DocumentInfo>* sources_;
  std::map<uint32_t, uint32_t> map_;
};

// A JSON syntax error on a line, with its column.
struct SyntaxError {
  report::JsonSyntaxError where;
};

void ReadLine(const std::string& text, StreamSources* stream_sources, std::vector<Claim>* claims) {
  Json j;
  try {
    j = Json::parse(text);
  } catch (const Json::parse_error& e) {
    throw SyntaxError{report::DescribeSyntaxError(e, text)};
  }
  if (!j.is_object()) throw report::FieldError("a line must be a JSON object");
  const int64_t version = report::GetInt(j, "figcheck_claims", -1);
  if (version != kClaimsJsonlVersion) {
    throw report::FieldError("not a figcheck claims line (\"figcheck_claims\": " +
                             std::to_string(kClaimsJsonlVersion) + " expected)");
  }
  const std::string record = report::GetString(j, "record");
  if (record != "" && record != "claim" && record != "source") {
    throw report::FieldError("unknown record '" + record + "'");
  }
  const uint32_t source = stream_sources->Resolve(j);
  if (record == "source") return;
  Claim c = report::ClaimFromJson(j);
  c.source = source;
  claims->push_back(std::move(c));
}

}  // namespace

Status ReadClaimsJsonl(std::istream& in, const std::string& stream_name,
                       std::vector<DocumentInfo>* sources, std::vector<Claim>* claims) {
  StreamSources stream_sources(sources);
  std::string line;
  uint32_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    try {
      ReadLine(line, &stream_sources, claims);
    } catch (const SyntaxError& e) {
      return Status(StatusCode::kParseError, e.where.message,
                    SourceLocation{stream_name, line_no, e.where.column});
    } catch (const report::FieldError& e) {
      return Status(StatusCode::kParseError, e.what(), SourceLocation{stream_name, line_no, 0});
    } catch (const std::exception& e) {  // nlohmann type errors we did not foresee
      return Status(StatusCode::kParseError, e.what(), SourceLocation{stream_name, line_no, 0});
    }
  }
  if (in.bad()) {
    return Status(StatusCode::kIoError, "could not read the stream", SourceLocation{stream_name});
  }
  return Status::Ok();
}

}  // namespace figcheck
