# Syntax errors at the prompt (syntax_errors.in), reported as soon as CPython's prompt reports them, placed in the input's own lines; the session goes on.
