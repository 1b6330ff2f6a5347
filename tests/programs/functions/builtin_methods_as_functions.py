# Unbound and bound methods of built-in types used as functions.
up = str.upper
print(up("abc"), list(map(str.title, ["ab cd", "ef"])))
app = [].append
lst = []
push = lst.append
push(1); push(2)
print(lst)
print(sorted(["b", "A", "c"], key=str.lower))
d = {"x": 1}
getter = d.get
print(getter("x"), getter("y", 0))
join = ", ".join
print(join(["a", "b"]))
print(list(map(int.bit_length, [1, 255, 256])))
pop = lst.pop
print(pop(), lst)
print(str.__name__, str.upper.__name__, push.__name__)
fmt = "{}-{}".format
print(fmt(1, 2))
print(callable(up), callable(push), callable("s"))
