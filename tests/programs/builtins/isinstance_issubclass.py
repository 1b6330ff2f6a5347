# isinstance/issubclass with tuples, nested tuples and builtins.
print(isinstance(1, int), isinstance(1, (str, int)), isinstance("s", (int, (float, str))))
print(isinstance(True, int), isinstance(1, bool), isinstance(None, type(None)), isinstance(int, type))
print(isinstance([], (list, tuple)), isinstance((), list), isinstance({}, dict), isinstance(b"", bytes))
print(isinstance(range(1), range), isinstance(len, object), isinstance(ValueError(), Exception))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(list, list), issubclass(dict, object))
print(issubclass(ValueError, (KeyError, Exception)), issubclass(type, object), issubclass(object, type))
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"
class Magic(metaclass=Meta):
    pass
print(isinstance("magic", Magic), isinstance("other", Magic))
