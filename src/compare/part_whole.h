// Parts against wholes (keys catalogue `part_of`): "killed" may not exceed
// "killed or wounded", and the parts of one whole stated by one source
// ("12 security men and 3 workers") may not add up to more than a total
// ("12 people") in any source. Only lower bounds of parts and upper bounds
// of wholes matter: "more than 40,000 killed" never exceeds "more than
// 136,000 killed or wounded".
#ifndef FIGCHECK_COMPARE_PART_WHOLE_H_
#define FIGCHECK_COMPARE_PART_WHOLE_H_

#include <vector>

#include "compare/context.h"

namespace figcheck::compare {

// Appends part-exceeds-whole findings (no id or severity yet) to *out.
void ComparePartsAndWholes(const Context& ctx, std::vector<Finding>* out);

}  // namespace figcheck::compare

#endif  // FIGCHECK_COMPARE_PART_WHOLE_H_
