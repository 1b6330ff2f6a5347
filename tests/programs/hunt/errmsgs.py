# SPDX-License-Identifier: MIT
# Messages of built-in exceptions raised by builtins, str/bytes/list/dict methods, json, struct and math.
import math, json, struct
ONE_F, ONE, NONE, LST, STR = 1.0, 1, None, [1], 'a'
cases = [
 lambda: '{:d}'.format(1.5), lambda: format('s', 'd'), lambda: format(3, 's'), lambda: '{:x}'.format('a'), lambda: f'{1:q}',
 lambda: int(''), lambda: int('12', 1), lambda: int('z', 36) and int('z', 10), lambda: float(''), lambda: '%d' % 'x', lambda: '%s %s' % (1,), lambda: '%s' % (1, 2),
 lambda: '{0} {1}'.format(1), lambda: '{a}'.format(b=1), lambda: '{'.format(), lambda: '}'.format(), lambda: '{0:{1}}'.format(1),
 lambda: [].pop(5), lambda: [1].pop(5), lambda: list.index([], 1), lambda: (1, 2).index(5), lambda: 'abc'.index('z'), lambda: 'x'.join([1]), lambda: ''.join(['a', 2]),
 lambda: {}.fromkeys(1), lambda: dict([1]), lambda: dict([(1, 2, 3)]), lambda: set([[]]), lambda: frozenset([{}]), lambda: sorted([None, 1]), lambda: max([]), lambda: min(1),
 lambda: range(1.5), lambda: range(0, 10, 0), lambda: LST[ONE_F], lambda: STR['x'], lambda: {1: 2}[[]], lambda: ONE[0], lambda: NONE[0], lambda: ONE(), lambda: 'abc'.x,
 lambda: abs('x'), lambda: round('x'), lambda: divmod(1, 0), lambda: 1 // 0, lambda: 1.5 // 0, lambda: 1 % 0.0, lambda: pow(2, -1, 4), lambda: pow(2, 0.5, 3),
 lambda: chr(0x110000), lambda: ord('ab'), lambda: ord(''), lambda: bytes([256]), lambda: bytes('x'), lambda: b'a' + 'b', lambda: 'a' + b'b', lambda: bytearray(-1),
 lambda: int.from_bytes('x', 'big'), lambda: (1).to_bytes(1, 'middle'), lambda: 'x' < 1, lambda: [] < (), lambda: {} < {}, lambda: None > None, lambda: -'x', lambda: ~1.5,
 lambda: 1 << -1, lambda: 1.5 << 1, lambda: 'a' * 1.5, lambda: [1] * 'a', lambda: iter(None), lambda: next([]), lambda: len(iter([])), lambda: reversed(iter([])),
 lambda: math.sqrt('x'), lambda: math.floor('x'), lambda: json.loads(''), lambda: json.loads('{"a" 1}'), lambda: json.loads('[1,]'), lambda: json.loads('tru'), lambda: json.loads('"abc'),
 lambda: struct.unpack('<I', b'ab'), lambda: struct.pack('<I'), lambda: struct.pack('x', 1) if False else struct.pack('<q', 'a'),
 lambda: getattr(1, 'zz'), lambda: setattr(1, 'zz', 2), lambda: object().x, lambda: type('X', (), {})().y, lambda: int.zz, lambda: delattr(object(), 'q'),
 lambda: 'abc'.split(''), lambda: 'abc'.replace(), lambda: 'a'.center(), lambda: 'a'.center(5, 'xy'), lambda: 'ab'.startswith(1), lambda: str(b'a', 'nope'),
 lambda: list(1), lambda: tuple(None), lambda: set(5), lambda: dict(5), lambda: sum(['a', 'b']), lambda: sum([[1]]), lambda: all(5), lambda: zip(1), lambda: enumerate(5), lambda: map(None, 5) and list(map(None, [1])),
 lambda: isinstance(1, 5), lambda: issubclass(1, int), lambda: super(), lambda: int(3, 4), lambda: str(1, 2), lambda: hex(1.5), lambda: bin('1'),
 lambda: (lambda a, b=1, *c, d, e=2, **f: 0)(), lambda: (lambda: 0)(1), lambda: (lambda a: 0)(b=1), lambda: (lambda a: 0)(1, a=2), lambda: print(end=5), lambda: print(sep=1),
 lambda: [].sort(key=1) if False else sorted([3, 1], key=5),  lambda: {}.update(1), lambda: {}.update([1]), lambda: [].extend(5), lambda: [].insert('a', 1),
]
for i, c in enumerate(cases):
    try:
        r = c()
        print(i, 'ok', repr(r)[:40])
    except Exception as e:
        print(i, type(e).__name__, e)
