# Subclassing dict and list: __missing__, overriding __setitem__, super() calls.
class DefaultZero(dict):
    def __missing__(self, key):
        return 0
d = DefaultZero(a=1)
print(d["a"], d["b"], "b" in d, d.get("b"), len(d))
class LowerDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
ld = LowerDict()
ld["HeLLo"] = 1
print(ld["HELLO"], dict(ld), isinstance(ld, dict), type(ld).__name__)
class Stack(list):
    def push(self, v):
        self.append(v)
        return self
    def peek(self):
        return self[-1] if self else None
s = Stack([1])
s.push(2).push(3)
print(s, s.peek(), len(s), s.pop(), s, type(s + [9]).__name__, isinstance(s, list))
class Tally(dict):
    def add(self, k, n=1):
        self[k] = self.get(k, 0) + n
        return self
t = Tally()
for w in "a b a c a b".split():
    t.add(w)
print(t, sorted(t.items(), key=lambda kv: -kv[1]), t == {"a": 3, "b": 2, "c": 1})
class MyStr(str):
    def shout(self):
        return self.upper() + "!"
m = MyStr("hey")
print(m.shout(), m + "x", type(m + "x").__name__, m == "hey", len(m))
