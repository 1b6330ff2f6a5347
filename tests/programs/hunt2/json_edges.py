# SPDX-License-Identifier: MIT
# json edge cases: escapes, non-finite floats, key coercion, indent/separators/sort_keys, custom encoders, decode errors with positions, hooks.
import json
data = {"name": "Zoë", "tags": ["a", "b"], "n": 1, "f": 1.5, "big": 2**70, "neg": -0.0, "t": True, "none": None, "nested": {"k": [1, {"x": []}]}, "e": {}, "u": "\u2028\x00\x1f\"\\/"}
s = json.dumps(data); print(s)
print(json.loads(s) == data, json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps([1, [2, []], {}], indent=0), json.dumps({"a": 1}, indent="\t"), json.dumps([1, 2], separators=(",", ":")), json.dumps({"a": [1]}, indent=1, separators=(",", ": ")))
print(json.dumps({1: "int", 2.5: "f", True: "b", None: "n"}), json.dumps({"b": 1, "a": 2}, sort_keys=True), json.dumps((1, 2)), json.dumps("é"), json.dumps(float("inf")), json.dumps([float("nan"), float("-inf")]))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("VE", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TE", e)
try:
    json.dumps({1, 2})
except TypeError as e:
    print("TE", e)
print(json.dumps({(1, 2): 3, "a": 1}, skipkeys=True), json.dumps(object, default=lambda o: "X"), json.dumps({"s": {3, 1}}, default=sorted))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set): return sorted(o)
        return super().default(o)
print(json.dumps({"s": {2, 1}}, cls=Enc), Enc(indent=1).encode([1]))
for bad in ['{"a": 1,}', "[1, 2", "", "nul", '{"a" 1}', "[1] x", "'s'", '"\\x"', "01", "1.", "-", '{"a":1}}', "[", '"abc', "NaNx", "\t"]:
    try:
        print(repr(bad), json.loads(bad))
    except json.JSONDecodeError as e:
        print(repr(bad), "JDE", e, e.pos, e.lineno, e.colno)
print(json.loads('"\\ud83d\\ude00 \\u00e9 \\n"'), json.loads("1e400"), json.loads("-0"), json.loads("-0.0"), json.loads("[NaN, Infinity, -Infinity]"), json.loads(' {"a" :\n [ true , false ] } '), json.loads("123456789012345678901234567890"))
print(json.loads('{"a": 1, "a": 2}'), json.loads("1.5", parse_float=str), json.loads("7", parse_int=float), json.loads('{"x": 1}', object_hook=lambda d: sorted(d.items())), json.loads('[{"a":1,"b":2}]', object_pairs_hook=list))
print(json.loads(b'{"bytes": 1}'), json.loads('"\\/"'), json.dumps("\ud800"), json.dumps("😀"), json.dumps(1.0), json.dumps(1e16), json.dumps(0.1), json.dumps(-1e-7), json.dumps(10**20), json.dumps(True), json.dumps(3.0e300))
class IntSub(int): pass
class FloatSub(float): pass
class StrSub(str): pass
print(json.dumps([IntSub(3), FloatSub(2.5), StrSub("x")]), json.dumps({StrSub("k"): IntSub(1)}))
import io
buf = io.StringIO(); json.dump({"a": [1, 2]}, buf, indent=2); print(buf.getvalue()); print(json.load(io.StringIO(buf.getvalue())))
