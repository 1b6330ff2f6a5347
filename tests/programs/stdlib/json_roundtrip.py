# json: dumps options, loads, round-trips of nested data, errors.
import json
data = {"name": "Zoë", "age": 30, "tags": ["a", "b"], "ok": True, "none": None, "pi": 3.14, "n": {"x": [1, {"y": 2}]}}
s = json.dumps(data)
print(s)
print(json.loads(s) == data)
print(json.dumps(data, sort_keys=True, indent=2))
print(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
print(json.dumps([1, 2.0, 1e20, -0.5, 10 ** 20, "\n\t\"", "é\u2028"]))
print(json.loads('[1, 2.5, "s", true, false, null, {"a": [ ]}, -0, 1E3]'))
print(json.loads('"\\u00e9\\n\\ud83d\\ude00"'), json.loads(" 42 "), json.loads('{"a": {"b": {}}}'))
print(json.dumps((1, 2)), json.dumps({1: "int key", "s": 2}), json.dumps("plain"))
for bad in ["{'a': 1}", "[1, 2", "", "{\"a\" 1}", "[1,]", "nan"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e.msg, e.pos)
try:
    json.dumps({1, 2})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps(float("inf")), json.loads("NaN") != json.loads("NaN"))
