# match statements: run-time errors of patterns (TypeError/ValueError with
# CPython's messages), raised where the pattern is; tracebacks inside case
# bodies point at the body's line.  The last one is uncaught.
import sys


class NoArgs:
    pass


class ListArgs:
    __match_args__ = ["a"]
    a = 1


class BadName:
    __match_args__ = ("a", 5)
    a = 1


class Two:
    __match_args__ = ("a", "b")
    a = 1
    b = 2


class K:
    A = "a"
    ALSO_A = "a"
    LIST = [1]


not_a_class = len
checks = []


def attempt(label, f):
    try:
        f()
        print(label, "-> no error")
    except (TypeError, ValueError) as e:
        print(label, "->", type(e).__name__ + ":", e)


def case_not_a_type():
    match 1:
        case not_a_class():
            pass


def case_too_many_positional():
    match NoArgs():
        case NoArgs(1):
            pass


def case_too_many_for_match_args():
    match Two():
        case Two(1, 2, 3):
            pass


def case_builtin_accepts_one():
    match 5:
        case int(5, 6):
            pass


def case_match_args_list():
    match ListArgs():
        case ListArgs(1):
            pass


def case_match_args_not_str():
    match BadName():
        case BadName(1, 2):
            pass


def case_attribute_twice():
    match Two():
        case Two(1, a=1):
            pass


def case_duplicate_keys():
    match {"a": 1, "b": 2}:
        case {K.A: 1, K.ALSO_A: 1}:
            pass


def case_no_error_when_not_instance():
    match 3:
        case ListArgs(1):
            pass
        case NoArgs(1, 2):
            pass


def case_unhashable_key_lookup():
    match {"a": 1}:
        case {K.LIST: x}:
            pass


def case_len_error():
    class NoLen(list):
        def __len__(self):
            raise ValueError("no len today")

    match NoLen([1]):
        case [x]:
            pass


for name, f in list(globals().items()):
    if name.startswith("case_"):
        attempt(name, f)


# an exception raised inside a case body carries the body's line number
def body_raises(v):
    match v:
        case [x]:
            return 1 / x
        case {"k": k}:
            return k.missing_attribute


for arg in ([0], {"k": 3}):
    try:
        body_raises(arg)
    except Exception as e:
        tb = e.__traceback__
        while tb.tb_next is not None:
            tb = tb.tb_next
        print(type(e).__name__, "at line", tb.tb_lineno)


# a guard that raises propagates out of the match
def guarded(v):
    match v:
        case x if 10 // x:
            return "ok"


try:
    guarded(0)
except ZeroDivisionError as e:
    print("guard raised:", e)

sys.stdout.flush()
match 1:
    case str(1, 2) | int(1, 2):
        pass
