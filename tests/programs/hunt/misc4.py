# SPDX-License-Identifier: MIT
# contextlib helpers, functools.singledispatch/cached_property/total_ordering/cmp_to_key, sys.stdout and io.StringIO writing.
import io, sys, contextlib, functools
@contextlib.contextmanager
def tag(name):
    print(f'<{name}>'); 
    try:
        yield name.upper()
    except KeyError as e:
        print('swallowed', e)
    finally:
        print(f'</{name}>')
with tag('a') as t1, tag('b') as t2: print(t1, t2)
with tag('c'): raise KeyError('k')
with contextlib.suppress(ZeroDivisionError, KeyError): 1 / 0
buf = io.StringIO()
with contextlib.redirect_stdout(buf): print('captured', 42)
print(repr(buf.getvalue()))
with contextlib.ExitStack() as st:
    for n in 'xyz': st.enter_context(tag(n))
    st.callback(print, 'callback ran')
class Res:
    def __init__(self, n): self.n = n
    def close(self): print('closing', self.n)
with contextlib.closing(Res(1)) as r: print('using', r.n)
with contextlib.nullcontext(5) as v: print(v)
@functools.singledispatch
def show(x): return f'obj {x!r}'
@show.register
def _(x: int): return f'int {x}'
@show.register(list)
def _(x): return f'list of {len(x)}'
print(show(1), show([1, 2]), show('s'), show(True))
class Acc:
    @functools.cached_property
    def heavy(self): print('computing'); return 99
a = Acc(); print(a.heavy, a.heavy)
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(1))
print(functools.cmp_to_key(lambda a, b: (a > b) - (a < b))(3) < functools.cmp_to_key(lambda a, b: (a > b) - (a < b))(4), sorted(['bb', 'a', 'ccc'], key=functools.cmp_to_key(lambda a, b: len(b) - len(a))))
print(sys.stdout.write('w\n'), print('p', file=sys.stdout), file=sys.stdout)
sys.stdout.writelines(['l1\n', 'l2\n']); sys.stdout.flush()
out = io.StringIO(); print('a', 'b', sep=',', file=out); out.write('x'); print(repr(out.getvalue()), out.tell())
s = io.StringIO('one\ntwo\n'); print([line for line in s], s.read())
