// YAML front matter, read with yaml-cpp. Every yaml-cpp exception stays in
// this file: errors leave as a Status naming PATH:LINE:COL in the document
// (yaml-cpp counts lines from the front matter's first line, 0-based, and
// columns in bytes; both are translated to the document's 1-based lines and
// code point columns).
#include "text/front_matter.h"

#include <yaml-cpp/yaml.h>

#include <exception>

#include "base/utf8.h"

namespace figcheck::text {
namespace {

// One line of the source: [begin, end) without its line break, and where
// the next line starts.
struct Line {
  size_t begin = 0;
  size_t end = 0;
  size_t next = 0;
};

Line LineAt(std::string_view s, size_t begin) {
  Line line{begin, begin, begin};
  size_t nl = s.find('\n', begin);
  if (nl == std::string_view::npos) nl = s.size();
  line.end = nl;
  line.next = nl < s.size() ? nl + 1 : nl;
  if (line.end > begin && s[line.end - 1] == '\r') --line.end;
  return line;
}

// A fence line: exactly `fence`, maybe followed by spaces or tabs.
bool IsFence(std::string_view s, const Line& line, std::string_view fence) {
  std::string_view text = s.substr(line.begin, line.end - line.begin);
  if (text.substr(0, fence.size()) != fence) return false;
  return text.find_first_not_of(" \t", fence.size()) == std::string_view::npos;
}

class FrontMatterReader {
 public:
  FrontMatterReader(std::string_view source, std::string_view name, size_t yaml_begin,
                    size_t yaml_end)
      : source_(source), name_(name), yaml_begin_(yaml_begin), yaml_end_(yaml_end) {}

  // Where a yaml-cpp mark (0-based line and byte column within the YAML
  // text) is in the document: 1-based line and code point column. The
  // YAML text starts on the document's second line.
  SourceLocation Where(const YAML::Mark& mark) const {
    SourceLocation where{std::string(name_), 2, 1};
    if (mark.is_null() || mark.line < 0) return where;
    // Walk to the mark's line to count code points up to its column.
    size_t pos = yaml_begin_;
    for (int l = 0; l < mark.line && pos < yaml_end_; ++l) pos = LineAt(source_, pos).next;
    const Line line = LineAt(source_, std::min(pos, yaml_end_));
    const size_t col_bytes =
        std::min<size_t>(mark.column < 0 ? 0 : static_cast<size_t>(mark.column), line.end - line.begin);
    where.line = static_cast<uint32_t>(mark.line) + 2;
    where.column = static_cast<uint32_t>(
                       base::CountCodePoints(source_.substr(line.begin, col_bytes))) + 1;
    return where;
  }

  Status Error(const YAML::Mark& mark, std::string message) const {
    return Status(StatusCode::kParseError, "front matter: " + std::move(message), Where(mark));
  }

  // Reads a text field; absent or null leaves *out alone.
  Status Text(const YAML::Node& map, const char* key, std::string* out) const {
    const YAML::Node node = map[key];
    if (!node.IsDefined() || node.IsNull()) return Status::Ok();
    if (!node.IsScalar()) return Error(node.Mark(), std::string(key) + ": expected text");
    *out = node.Scalar();
    return Status::Ok();
  }

  Status Date(const YAML::Node& map, std::optional<CivilDate>* out) const {
    const YAML::Node node = map["date"];
    if (!node.IsDefined() || node.IsNull()) return Status::Ok();
    if (!node.IsScalar()) return Error(node.Mark(), "date: expected YYYY-MM-DD");
    *out = CivilDate::ParseIso(node.Scalar());
    if (!*out) {
      return Error(node.Mark(), "date: '" + node.Scalar() +
                                    "' is not a valid date (YYYY-MM-DD or an ISO date-time)");
    }
    return Status::Ok();
  }

  Result<FrontMatter> Read(uint32_t body_begin) const {
    FrontMatter fm;
    fm.end = body_begin;
    const std::string yaml(source_.substr(yaml_begin_, yaml_end_ - yaml_begin_));
    try {
      const YAML::Node root = YAML::Load(yaml);
      if (!root.IsDefined() || root.IsNull()) return fm;  // empty front matter
      if (!root.IsMap()) return Error(root.Mark(), "expected a mapping of fields (key: value)");
      Status st = Date(root, &fm.date);
      if (st.ok()) st = Text(root, "source", &fm.outlet);
      if (st.ok()) st = Text(root, "outlet", &fm.outlet);  // the more specific name wins
      if (st.ok()) st = Text(root, "title", &fm.title);
      if (st.ok()) st = Text(root, "lang", &fm.lang);
      if (!st.ok()) return st;
      return fm;
    } catch (const YAML::Exception& e) {
      return Error(e.mark, e.msg);
    } catch (const std::exception& e) {
      return Error(YAML::Mark::null_mark(), e.what());
    }
  }

 private:
  std::string_view source_;
  std::string_view name_;
  size_t yaml_begin_;
  size_t yaml_end_;
};

}  // namespace

Result<FrontMatter> ParseFrontMatter(std::string_view source, std::string_view name) {
  const Line first = LineAt(source, 0);
  if (first.next == first.end || !IsFence(source, first, "---")) return FrontMatter{};
  // The closing fence: "---" or "...". Without one the opening "---" is
  // not front matter (in Markdown it is a thematic break).
  for (size_t pos = first.next; pos < source.size();) {
    const Line line = LineAt(source, pos);
    if (IsFence(source, line, "---") || IsFence(source, line, "...")) {
      FrontMatterReader reader(source, name, first.next, line.begin);
      return reader.Read(static_cast<uint32_t>(line.next));
    }
    if (line.next == pos) break;
    pos = line.next;
  }
  return FrontMatter{};
}

}  // namespace figcheck::text
