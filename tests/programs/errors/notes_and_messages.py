# Exception notes (3.11) and a few TypeError messages of built-ins.
class C: pass
for t in [lambda: 1 in C(), lambda: float(C()), lambda: divmod(C(), 1), lambda: {*C()}]:
    try: t()
    except TypeError as e: print(e)
print(divmod(7, 2), divmod(7.5, 2), divmod(-7, 2.0))
e = ValueError('bad')
e.add_note('while parsing line 3')
print(getattr(e, '__notes__', 'no __notes__'))
try:
    e.add_note(5)
except TypeError as x:
    print(x)
raise e
