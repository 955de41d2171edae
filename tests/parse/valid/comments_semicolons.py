#!/usr/bin/env python3
# A comment at the top.
x = 1  # trailing comment
y = 2; z = 3  # two statements
a = 1; b = 2; c = 3;
# comment between statements

    # indented comment at module level

if x:  # comment after colon
    # comment inside block
    pass  # after pass
    # comment at end of block
# dedented comment
def f():
    # only a comment before the body
    return 1; pass
class C: x = 1; y = 2
if a: b; c
while x: x -= 1; continue
for i in r: pass; break
s = '# not a comment'  # but this is
