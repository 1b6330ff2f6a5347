# Custom exception classes with extra state, __str__ and args.
class ValidationError(ValueError):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem
class NotFound(LookupError):
    pass
class Quiet(Exception):
    def __str__(self):
        return "quiet!"
try:
    raise ValidationError("age", "must be positive")
except ValueError as e:
    print(type(e).__name__, e, e.field, e.args)
try:
    raise NotFound("item 7")
except LookupError as e:
    print(repr(e), str(e), e.args)
print(str(Quiet("ignored")), repr(Quiet("a")), Quiet("a").args)
e = Exception("a", 2)
print(str(e), repr(e), e.args)
print(str(Exception()), repr(Exception()), str(Exception("only")))
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError("a", "b")))
print([c.__name__ for c in ValidationError.__mro__])
