# bytearray mutation and basic memoryview use.
ba = bytearray(b"hello")
ba[0] = ord("J")
ba.append(33)
ba.extend(b" ok")
print(ba, len(ba), bytes(ba))
ba[1:3] = b"EE"
del ba[-3:]
print(ba, ba.pop(), ba)
ba.insert(0, 62)
ba.reverse()
print(ba)
ba2 = bytearray(3)
print(ba2, bytearray(range(65, 70)), bytearray("é", "utf-8"))
ba3 = bytearray(b"abc")
ba3 += b"def"
ba3 *= 2
print(ba3, ba3.find(b"d"), ba3.count(b"a"), ba3.upper())
mv = memoryview(b"abcdef")
print(mv[0], bytes(mv[1:4]), len(mv), mv.tobytes(), mv.tolist()[:3])
buf = bytearray(b"xxxxxx")
mv2 = memoryview(buf)
mv2[0:2] = b"AB"
mv2[5] = 90
print(buf, mv2.readonly, memoryview(b"a").readonly)
try:
    ba[0] = 300
except ValueError as e:
    print("ValueError:", e)
print(bytearray(b"abc") == b"abc", b"abc" == bytearray(b"abc"))
