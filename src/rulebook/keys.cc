#include "rulebook/keys.h"

namespace figcheck::rulebook {

const std::vector<std::string>& FigureKindNames() {
  static const std::vector<std::string> names = {"count", "date", "duration", "percent", "money"};
  return names;
}

const char* FigureKindName(FigureKind kind) {
  return FigureKindNames()[static_cast<size_t>(kind)].c_str();
}

std::optional<FigureKind> ParseFigureKind(std::string_view name) {
  const auto& names = FigureKindNames();
  for (size_t i = 0; i < names.size(); ++i) {
    if (names[i] == name) return static_cast<FigureKind>(i);
  }
  return std::nullopt;
}

const KeyInfo* KeyCatalogue::Find(std::string_view name) const {
  auto it = keys_.find(name);
  return it == keys_.end() ? nullptr : &it->second;
}

std::vector<std::string> KeyCatalogue::Names() const {
  std::vector<std::string> out;
  out.reserve(keys_.size());
  for (const auto& kv : keys_) out.push_back(kv.first);
  return out;
}

bool KeyCatalogue::Add(KeyInfo info) {
  const std::string name = info.name;
  return keys_.emplace(name, std::move(info)).second;
}

void KeyCatalogue::Replace(KeyInfo info) {
  const std::string name = info.name;
  keys_[name] = std::move(info);
}

}  // namespace figcheck::rulebook
