# A hand-written JSON encoder and decoder checked against the json module.
import json
def encode(v):
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        out = ['"']
        for ch in v:
            if ch in '"\\':
                out.append("\\" + ch)
            elif ch == "\n":
                out.append("\\n")
            elif ord(ch) < 0x20 or ord(ch) > 0x7E:
                out.append(f"\\u{ord(ch):04x}" if ord(ch) < 0x10000 else "".join(
                    f"\\u{u:04x}" for u in (0xD800 + ((ord(ch) - 0x10000) >> 10), 0xDC00 + ((ord(ch) - 0x10000) & 0x3FF))))
            else:
                out.append(ch)
        return "".join(out) + '"'
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(encode(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{" + ", ".join(f"{encode(k)}: {encode(x)}" for k, x in v.items()) + "}"
    raise TypeError(type(v).__name__)
class Parser:
    def __init__(self, s):
        self.s, self.i = s, 0
    def ws(self):
        while self.i < len(self.s) and self.s[self.i] in " \t\n\r":
            self.i += 1
    def value(self):
        self.ws()
        c = self.s[self.i]
        if c == "{":
            self.i += 1
            d = {}
            self.ws()
            if self.s[self.i] == "}":
                self.i += 1
                return d
            while True:
                k = self.value()
                self.ws()
                assert self.s[self.i] == ":"
                self.i += 1
                d[k] = self.value()
                self.ws()
                c = self.s[self.i]
                self.i += 1
                if c == "}":
                    return d
        if c == "[":
            self.i += 1
            out = []
            self.ws()
            if self.s[self.i] == "]":
                self.i += 1
                return out
            while True:
                out.append(self.value())
                self.ws()
                c = self.s[self.i]
                self.i += 1
                if c == "]":
                    return out
        if c == '"':
            return json.loads(self.string_token())
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.s.startswith(word, self.i):
                self.i += len(word)
                return val
        j = self.i
        while j < len(self.s) and self.s[j] in "+-0123456789.eE":
            j += 1
        text, self.i = self.s[self.i:j], j
        return float(text) if any(ch in text for ch in ".eE") else int(text)
    def string_token(self):
        j = self.i + 1
        while self.s[j] != '"':
            j += 2 if self.s[j] == "\\" else 1
        tok, self.i = self.s[self.i:j + 1], j + 1
        return tok
doc = {"name": "Zoë 🎉", "n": [1, -2, 3.5, 1e-7, 10 ** 18], "ok": [True, False, None],
       "nested": {"q": "say \"hi\"\n", "empty": {}, "list": []}}
mine = encode(doc)
print(mine)
print(json.loads(mine) == doc, Parser(mine).value() == doc)
print(Parser(json.dumps(doc, indent=2)).value() == doc)
print(encode([0.1, 2.0, -0.0, 1e300]), json.dumps([0.1, 2.0, -0.0, 1e300]))
