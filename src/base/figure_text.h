// Figures in words, for messages and renderers: "about 50", "more than
// 40,000", "44 days", "2024-09-14 to 2024-09-15". English, plain ASCII
// digits, so a message reads the same whatever the source's script.
#ifndef FIGCHECK_BASE_FIGURE_TEXT_H_
#define FIGCHECK_BASE_FIGURE_TEXT_H_

#include <string>

#include "figcheck/claim.h"
#include "figcheck/document.h"

namespace figcheck::base {

// "40,000", "3.5", "-12"; "infinity" for an unbounded side.
std::string FormatNumber(double v);

// The claim's figure as a short phrase (no source, no key).
std::string DescribeFigure(const Claim& claim);

// A day interval of a date value: "2024-09-14", "2024-09-14 to 2024-09-15",
// "2024-09" for a month, "2024" for a year.
std::string DescribeDate(const DateValue& date);

// How a source is named in messages: its outlet (or, without one, its
// source name) and its date: "Anadolu Agency (2024-09-17)", "a.txt
// (undated)".
std::string SourceLabel(const DocumentInfo& info);

}  // namespace figcheck::base

#endif  // FIGCHECK_BASE_FIGURE_TEXT_H_
