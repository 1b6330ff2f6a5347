# Errors of * and ** unpacking in calls and displays, as CPython words them.
class C: pass
def h(a, b=2): pass
class K:
    def m(self, *a): pass
tests = [lambda: h(*5), lambda: h(**5), lambda: h(**{'a': 1}, **{'a': 2}), lambda: [*C()], lambda: print(*5),
         lambda: (*C(),), lambda: {*C()}, lambda: K().m(*None), lambda: len(*3), lambda: h(*[1], *7)]
for t in tests:
    try: t()
    except TypeError as e: print(e)
