# SPDX-License-Identifier: MIT
# json dumps/loads options and errors, io.StringIO/BytesIO, struct, binascii, base64, copy, textwrap, string, heapq, bisect.
import json, io, struct, binascii, base64, copy, textwrap, string, heapq, bisect
data = {"name": "Zoë", "n": [1, 2.5, -3, 1e20, 1e-5, True, None], "nested": {"b": [], "a": {}}, "esc": "tab\t\"q\"\\ \u0001 \u2603 \U0001F600"}
s = json.dumps(data); print(s)
print(json.dumps(data, sort_keys=True, indent=2))
print(json.dumps(data, ensure_ascii=False, separators=(',', ':')))
print(json.loads(s) == data, json.loads('[1.0, 2, "x", {"a": null}, 1E3, -0, -0.0, 1.5e-10]'))
print(json.dumps([float('inf'), float('nan'), -float('inf')]), json.dumps({1: 'a', 2.5: 'b', True: 'c', None: 'd'}))
print(json.dumps("x", indent=4), json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps([[]], indent=1), json.dumps((1, 2)))
print(json.loads('"\\ud83d\\ude00"'), json.loads('{"a": 1, "a": 2}'), json.loads(' \n[ ] '), json.loads('123456789012345678901234567890'))
try: json.loads('{"a": }')
except json.JSONDecodeError as e: print('JSONDecodeError', e.msg, e.pos, e.lineno, e.colno)
try: json.loads('[1, 2')
except ValueError as e: print(e)
try: json.dumps({'s': {1, 2}})
except TypeError as e: print(e)
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set): return sorted(o)
        return super().default(o)
print(json.dumps({'s': {3, 1}}, cls=Enc), json.dumps({'s': {3, 1}}, default=list))
print(json.loads('{"x": 1.5}', parse_float=str), json.loads('[1]', parse_int=float), json.loads('{"a": 1}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b":1,"a":2}', object_pairs_hook=list))
buf = io.StringIO(); json.dump({'k': [1]}, buf); print(buf.getvalue()); buf.seek(0); print(json.load(buf))
sb = io.StringIO("line1\nline2\nline3"); print(sb.readline(), sb.readlines(), sb.read(), sb.tell())
bb = io.BytesIO(); bb.write(b'abc'); bb.write(b'\x00\xff'); print(bb.getvalue(), bb.tell(), bb.seek(1), bb.read(2))
rec = struct.pack('<IhBx3s?d', 1, -2, 255, b'abc', True, 2.5); print(rec, len(rec), struct.calcsize('<IhBx3s?d'), struct.unpack('<IhBx3s?d', rec))
print(struct.pack('>H', 513), struct.unpack('>q', b'\xff' * 8), struct.pack('!f', 1.1), struct.calcsize('iqb'), struct.calcsize('@bq'), list(struct.iter_unpack('<h', b'\x01\x00\x02\x00')))
try: struct.pack('B', 256)
except struct.error as e: print('struct.error', e)
print(binascii.hexlify(b'\x01\xab'), binascii.unhexlify('01ab'), b'\xde\xad'.hex(), bytes.fromhex('de ad be ef'), b'\x01\x02'.hex(':'), binascii.crc32(b'hello'))
print(base64.b64encode(b'hello world!?'), base64.b64decode('aGVsbG8='), base64.urlsafe_b64encode(b'\xfb\xff'), base64.b32encode(b'ab'), base64.b16encode(b'\x0f'))
nested = {'a': [1, {'b': 2}]}; sh = copy.copy(nested); dp = copy.deepcopy(nested)
nested['a'][1]['b'] = 99; print(sh, dp)
print(textwrap.wrap('The quick brown fox jumps over the lazy dog and keeps running far away', 20))
print(textwrap.fill('word ' * 12, width=25, initial_indent='> ', subsequent_indent='  '))
print(textwrap.dedent('''    a
      b
    c'''), textwrap.indent('x\n\ny', '# '), textwrap.shorten('Hello  world  this is long', 15))
print(string.ascii_letters, string.digits, string.punctuation, string.capwords('hello   big world'))
t = string.Template('$who likes ${what}s, $$5'); print(t.substitute(who='tim', what='apple'), t.safe_substitute(who='x'))
h = [5, 1, 8, 3, 2]; heapq.heapify(h); print(h, heapq.heappop(h), heapq.heappushpop(h, 0), heapq.nlargest(2, h), heapq.nsmallest(2, [4, 1, 7]), list(heapq.merge([1, 4], [2, 3])))
a = [1, 2, 4, 4, 8]; print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 5)); bisect.insort(a, 3); print(a, bisect.bisect_left(a, 7, key=None) if True else 0)
