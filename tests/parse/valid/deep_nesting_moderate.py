# Moderately deep nesting of blocks and expressions.
x = ((((((((((((((((((((1))))))))))))))))))))
y = [[[[[[[[[[[[[[[[[[[[0]]]]]]]]]]]]]]]]]]]]
z = {'a': {'b': {'c': {'d': {'e': {'f': {'g': {'h': {}}}}}}}}}
w = - - - - - - - - - - - - - - - - - - - - 1
v = not not not not not not not not not not x
u = f(g(h(i(j(k(l(m(n(o(p(0)))))))))))
t = a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w
s = 1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12 + 13 + 14 + 15 + 16 + 17 + 18 + 19 + 20
r = 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2 ** 2
q = a if b else c if d else e if f else g if h else i if j else k if l else m
if a:
    if b:
        if c:
            if d:
                if e:
                    if f:
                        if g:
                            if h:
                                if i:
                                    if j:
                                        while k:
                                            for l in m:
                                                with n:
                                                    try:
                                                        pass
                                                    except:
                                                        pass
