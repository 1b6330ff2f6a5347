# match statements: sequence patterns.  Lists, tuples, ranges, deques and
# collections.abc.Sequence classes are sequences; str, bytes, bytearray,
# dicts, sets and iterators are not.
import collections
import collections.abc


def shape(s):
    match s:
        case []:
            return "empty"
        case [x]:
            return f"one: {x!r}"
        case [x, y]:
            return f"two: {x!r} {y!r}"
        case (first, *middle, last) if not middle:
            return f"impossible {first} {last}"
        case [first, *middle, last]:
            return f"first {first!r} middle {middle!r} last {last!r}"
        case _:
            return f"not a sequence: {type(s).__name__}"


for s in [[], [1], (2,), [1, 2], (3, 4), [1, 2, 3], (1, 2, 3, 4, 5), range(3), range(10, 14),
          collections.deque([7, 8, 9]), "ab", "abc", b"xy", bytearray(b"xyz"), {1: 2, 3: 4}, {1, 2},
          iter([1, 2]), 5, None, memoryview(b"ab")]:
    print(shape(s))


# star captures are always lists, even from tuples or ranges
match (1, 2, 3, 4):
    case (a, *rest):
        print(a, rest, type(rest).__name__)
match range(5):
    case [*init, last]:
        print(init, last)
match [1]:
    case [*everything]:
        print("everything", everything)
match []:
    case [*nothing]:
        print("nothing", nothing)


# star wildcards
def ends(s):
    match s:
        case [1, *_, 9]:
            return "1..9"
        case [*_, 0]:
            return "ends with 0"
        case [5, *_]:
            return "starts with 5"
        case [*_]:
            return "some sequence"
        case _:
            return "no"


print([ends(s) for s in ([1, 9], [1, 5, 5, 9], [3, 0], [0], [5], [5, 6, 7], [], "10", (1, 2, 9))])


# nested sequences and literals inside
def nested(s):
    match s:
        case [[0, 0], [x, y]]:
            return f"from origin to {x},{y}"
        case [(a, b), *more] if more:
            return f"pair {a},{b} then {len(more)} more"
        case [[*row], [*row2]]:
            return f"rows {row} {row2}"
        case _:
            return "other"


print(nested([[0, 0], [3, 4]]))
print(nested([(1, 2), [3, 4], [5, 6]]))
print(nested([[1, 2, 3], (4,)]))
print(nested([[1, 2, 3]]))
print(nested([(1, 2)]))


# a user sequence: subclassing collections.abc.Sequence or registering
class Squares(collections.abc.Sequence):
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i


class Registered:
    def __init__(self, *items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __iter__(self):
        return iter(self.items)


class NotRegistered(Registered):
    pass


collections.abc.Sequence.register(Registered)


class MyList(list):
    pass


class MyStr(str):
    pass


class MyTuple(tuple):
    pass


for s in [Squares(3), Squares(5), Registered(1, 2), MyList([1, 2, 3]), MyStr("ab"), MyTuple((4, 5))]:
    print(type(s).__name__, shape(s))


class Sub(Registered):
    pass


print("subclass of a registered class:", shape(Sub(1, 2)))
print("NotRegistered was defined before register:", shape(NotRegistered(1, 2)))

# a star wildcard indexes the items; a named star unpacks them
match Squares(6):
    case [0, 1, *_, last]:
        print("squares up to", last)
match Squares(4):
    case [*all_of_them]:
        print("all", all_of_them)

# lengths are checked first: no unpacking of a too long sequence
match [1, 2, 3]:
    case [a, b]:
        print("never")
    case [a, b, c, d, *e]:
        print("never")
    case [a, b, c]:
        print("three", a, b, c)

# a failed case may leave names bound; the matching case binds its own
match [10, 20]:
    case [p, 99]:
        print("never")
    case [q, r]:
        print("q r", q, r)

# a generator is not a sequence, and is not consumed
g = (i for i in range(3))
match g:
    case [a, b, c]:
        print("never")
    case _:
        print("generator untouched:", list(g))

# collections.UserList is a sequence
match collections.UserList([1, 2, 3]):
    case [head, *tail]:
        print("UserList", head, tail)
