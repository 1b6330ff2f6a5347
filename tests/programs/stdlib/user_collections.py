# collections.UserDict, UserList and UserString as bases of small classes.
from collections import UserDict, UserList, UserString
class LowerDict(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
d = LowerDict({"A": 1}, B=2)
d["C"] = 3
print(d, len(d), "a" in d, d.get("b"), list(d), d.pop("c"), d)
class Stack(UserList):
    def push(self, x): self.append(x)
s = Stack([1, 2]); s.push(3); s += [4]
print(s, s[1:], len(s), s.pop(), 2 in s, s * 2, sorted(Stack([3, 1, 2])))
u = UserString("Hello")
print(u, u.upper(), u + "!", len(u), u[1:3], "ell" in u, u.replace("l", "L"), repr(u), u == "Hello")
