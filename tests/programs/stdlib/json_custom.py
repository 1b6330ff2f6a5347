# json with default=, object_hook, and a class serialised by hand.
import json
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
def encode(o):
    if isinstance(o, Point):
        return {"__point__": [o.x, o.y]}
    raise TypeError(f"cannot encode {type(o).__name__}")
def decode(d):
    if "__point__" in d:
        return Point(*d["__point__"])
    return d
shapes = {"line": [Point(0, 0), Point(3, 4)], "label": "L"}
text = json.dumps(shapes, default=encode)
print(text)
print(json.loads(text, object_hook=decode))
print(json.dumps({"b": 1, "a": [1, 2]}, indent=1, sort_keys=True))
try:
    json.dumps(object(), default=encode)
except TypeError as e:
    print("TypeError:", e)
print(json.loads('{"a": 1, "a": 2}'), json.loads("[1.5e300, 123456789012345678901]"))
print(json.loads('{"x": 1.0}', parse_float=str), json.loads('[1]', parse_int=lambda s: int(s) * 10))
