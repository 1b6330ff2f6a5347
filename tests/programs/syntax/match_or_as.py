# match statements: OR patterns (every alternative binds the same names),
# AS patterns, and deep nesting of all pattern kinds.


def http(status):
    match status:
        case 200 | 201 | 204:
            return "success"
        case 301 | 302 as code:
            return f"redirect {code}"
        case 400 | 404 | 418 as code if code != 418:
            return f"client error {code}"
        case 418:
            return "teapot"
        case int(n) if 500 <= n < 600:
            return f"server error {n}"
        case _:
            return "unknown"


print([http(s) for s in (200, 204, 302, 404, 418, 503, 99)])


def norm(v):
    # alternatives of different shapes binding the same names
    match v:
        case (x, y) | [x, y, _] | {"x": x, "y": y}:
            return ("point", x, y)
        case [x, *_] | (x,) as seq:
            return ("starts", x, len(seq))
        case str() | bytes() as text:
            return ("text", len(text))
        case ((1 | 2) as small) | (("a" | "b") as small):
            return ("small", small)
        case None | [] | {} | ():
            return ("empty",)
        case _:
            return ("other",)


for v in [(1, 2), [3, 4, 5], {"x": 6, "y": 7, "z": 8}, [9, 9, 9, 9], (10,), "hey", b"by",
          1, "b", None, [], {}, 7.5, (1, 2, 3)]:
    print(repr(v), norm(v))


# nested AS and OR inside sequences, mappings and classes
class Node:
    __match_args__ = ("op", "args")

    def __init__(self, op, *args):
        self.op = op
        self.args = list(args)


def simplify(n):
    match n:
        case Node("+", [0, other] | [other, 0]):
            return simplify(other)
        case Node("*", [1, other] | [other, 1]):
            return simplify(other)
        case Node("*", [0, _] | [_, 0]):
            return 0
        case Node(("+" | "*") as op, [left, right]):
            return Node(op, simplify(left), simplify(right))
        case Node("-", [Node("-", [inner]) as neg]):
            return simplify(inner)
        case Node(op, args):
            return Node(op, *[simplify(a) for a in args])
        case _:
            return n


def show(n):
    match n:
        case Node(op, [a, b]):
            return f"({show(a)} {op} {show(b)})"
        case Node(op, [a]):
            return f"{op}{show(a)}"
        case _:
            return str(n)


exprs = [
    Node("+", 0, Node("*", "x", 1)),
    Node("*", Node("+", "y", 0), 0),
    Node("-", Node("-", Node("+", 2, 0))),
    Node("+", Node("*", 1, "a"), Node("-", "b")),
]
for e in exprs:
    print(show(e), "=>", show(simplify(e)))


# an AS pattern binds the subject as seen at that point
match [1, [2, [3, 4]]]:
    case [a, [b, [c, d] as inner] as middle] as outer:
        print(a, b, c, d, inner, middle, outer)

# deep nesting: sequence in mapping in class in sequence
data = [Node("cfg", {"ports": [80, 443], "name": "web"}), Node("cfg", {"ports": [], "name": "none"})]
for d in data:
    match d:
        case Node("cfg", [{"ports": [first, *others], "name": str(name)}]):
            print(name, "first port", first, "others", others)
        case Node("cfg", [{"ports": [], "name": name}]):
            print(name, "has no ports")

# OR with a capture as the last alternative binds in every branch
for v in (0, 5):
    match v:
        case 0 | 0:
            print("zero twice")
        case other:
            print("other", other)


# or-pattern alternatives are tried in order, left to right
class Loud:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        print("  compare", self.name, "with", other)
        return self.name == other


match Loud("b"):
    case "a" | "b" | "c":
        print("matched an alternative")
