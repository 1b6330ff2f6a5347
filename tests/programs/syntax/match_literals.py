# match statements: literal, capture, wildcard and value patterns, guards,
# the subject evaluated once, and what stays bound afterwards.


class Color:
    RED = "red"
    GREEN = "green"


class Consts:
    class Inner:
        LIMIT = 10


def describe(x):
    match x:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case -2.5:
            return "minus two and a half"
        case "hello":
            return "greeting"
        case b"raw":
            return "bytes"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case Color.RED:
            return "the colour red"
        case Consts.Inner.LIMIT:
            return "the limit"
        case n if isinstance(n, int) and n > 100:
            return f"big {n}"
        case n if isinstance(n, int):
            return f"int {n}"
        case _:
            return f"other {type(x).__name__}"


for v in [0, -1, 1.5, -2.5, "hello", b"raw", None, True, False, 1, 1.0, 0.0,
          "red", 10, 10.0, 101, 7, "bye", [], (), 3.25]:
    print(repr(v), "->", describe(v))


# True/False/None compare by identity, numbers by ==
def singletons(x):
    match x:
        case True:
            return "is True"
        case 1:
            return "== 1"
        case None:
            return "is None"
        case _:
            return "neither"


print([singletons(v) for v in (True, 1, 1.0, None, 0, False)])


# an object whose __eq__ is consulted by value patterns
class Anything:
    def __init__(self):
        self.calls = 0

    def __eq__(self, other):
        self.calls += 1
        return other == "x"


a = Anything()
match a:
    case "y":
        print("matched y")
    case "x":
        print("matched x after", a.calls, "calls")


# the subject is evaluated exactly once
count = 0


def subject():
    global count
    count += 1
    return count * 10


match subject():
    case 1:
        print("one")
    case 5:
        print("five")
    case 10:
        print("ten")
print("subject evaluated", count, "time(s)")

# no case matches: nothing runs, execution continues
match 42:
    case 1:
        print("never")
    case 2:
        print("never")
print("after a match with no hit")

# a capture in the last case always binds
match [1, 2]:
    case [] if False:
        pass
    case whole:
        print("whole", whole)
print("whole is still bound:", whole)


# guards see the names bound by the pattern, and a failing guard moves on
def classify(point):
    match point:
        case (x, y) if x == y:
            return f"diagonal at {x}"
        case (x, y) if x == -y:
            return f"anti-diagonal at {x}"
        case (x, y):
            return f"({x}, {y})"


print(classify((2, 2)), classify((3, -3)), classify((1, 5)))


# walrus in a guard; match inside loops with break/continue
found = []
for item in [3, "skip", 8, None, 12, 99]:
    match item:
        case None:
            break
        case str():
            continue
        case int(v) if (half := v // 2) > 2:
            found.append((v, half))
        case int(v):
            found.append(v)
print(found)


# match in a class body and at module level uses the right scopes
class Config:
    mode = "fast"
    match mode:
        case "fast":
            level = 3
        case _:
            level = 0


print(Config.level)


# captures in a closure
def make():
    match (1, 2):
        case (first, second):
            pass

    def inner():
        return first + second

    return inner


print(make()())


# nested functions, return from inside a case
def first_even(items):
    for i in items:
        match i % 2:
            case 0:
                return i
    return None


print(first_even([1, 3, 6, 7]), first_even([1]))
