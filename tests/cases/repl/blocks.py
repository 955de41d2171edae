# Compound statements at the prompt (blocks.in): a block ends at an empty line; expression statements inside top-level blocks echo; comments and blank lines.
