# operator: function forms of operators, itemgetter, attrgetter, methodcaller.
import operator as op
print(op.add(2, 3), op.sub(5, 7), op.mul("ab", 2), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3))
print(op.pow(2, 10), op.neg(5), op.pos(-5), op.abs(-3), op.invert(0), op.lshift(1, 4), op.rshift(32, 2))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.not_(0), op.truth([]), op.is_(None, None))
print(op.eq(1, 1.0), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt(1, 2), op.ge(3, 2))
print(op.contains([1, 2], 2), op.getitem("abc", 1), op.index(7), op.concat([1], [2]), op.countOf([1, 1, 2], 1))
d = {"a": 1}
op.setitem(d, "b", 2)
op.delitem(d, "a")
print(d)
rows = [("x", 3, 1.5), ("y", 1, 2.5), ("z", 2, 0.5)]
print(sorted(rows, key=op.itemgetter(1)), op.itemgetter(0, 2)(rows[0]))
class P:
    def __init__(self, name):
        self.name = name
        self.inner = self
    def hello(self, greeting):
        return f"{greeting}, {self.name}"
p = P("pat")
print(op.attrgetter("name")(p), op.attrgetter("inner.name", "name")(p), op.methodcaller("hello", "hi")(p))
x = [1]
x = op.iadd(x, [2])
print(x, op.iconcat([0], [1]), op.imul(3, 4))
print(list(map(op.mul, [1, 2, 3], [4, 5, 6])))
