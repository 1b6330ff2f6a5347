# struct: struct.error and other exceptions with CPython's messages.
import struct


def attempt(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
    except (struct.error, TypeError, ValueError, OverflowError) as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "ok", r)


print(
    struct.error.__name__, struct.error.__module__, issubclass(struct.error, Exception)
)
for order in "@<>":
    for code in "bBhHiIlLqQnNP":
        for v in (
            2**70,
            -(2**70),
            2**40,
            -(2**40),
            2**63,
            2**64,
            300,
            -1,
            1.5,
            "a",
            None,
        ):
            attempt(order + code + " " + str(v)[:8], struct.pack, order + code, v)
attempt("c-str", struct.pack, "c", "a")
attempt("c-long", struct.pack, "c", b"ab")
attempt("c-ba", struct.pack, "c", bytearray(b"a"))
attempt("c-int", struct.pack, "c", 1)
attempt("s-str", struct.pack, "s", "a")
attempt("p-int", struct.pack, "p", 1)
attempt("f-str", struct.pack, "f", "1.0")
attempt("d-none", struct.pack, "d", None)
attempt("d-big", struct.pack, "d", 10**400)
attempt("<f-big", struct.pack, "<f", 1e300)
attempt("e-big", struct.pack, "e", 65520.0)
attempt("e-big2", struct.pack, ">e", -1e10)
attempt("few", struct.pack, "ii", 1)
attempt("many", struct.pack, "i", 1, 2)
attempt("none", struct.pack, "")
attempt("badchar", struct.calcsize, "z")
attempt("badorder", struct.calcsize, "i<")
attempt("space-order", struct.calcsize, " <i")
attempt("count-only", struct.calcsize, "12")
attempt("count-space", struct.calcsize, "4 i")
attempt("std-n", struct.calcsize, "<n")
attempt("std-P", struct.calcsize, "=P")
attempt("huge", struct.calcsize, "99999999999999999999i")
attempt("huge2", struct.calcsize, "9999999999999999999q")
attempt("fmt-int", struct.calcsize, 5)
attempt("Struct-int", struct.Struct, 5)
attempt("unpack-short", struct.unpack, "<i", b"abc")
attempt("unpack-long", struct.unpack, "<i", b"abcde")
attempt("unpack-str", struct.unpack, "<i", "abcd")
attempt("from-short", struct.unpack_from, "<ii", b"12345678", 2)
attempt("from-neg", struct.unpack_from, "<ii", b"1" * 20, -30)
attempt("from-neg2", struct.unpack_from, "<ii", b"1" * 20, -2)
attempt("from-far", struct.unpack_from, "<ii", b"1" * 20, 30)
buf = bytearray(4)
attempt("into-short", struct.pack_into, "<i", buf, 2, 1)
attempt("into-neg", struct.pack_into, "<i", buf, -2, 1)
attempt("into-neg2", struct.pack_into, "<i", buf, -10, 1)
attempt("into-bytes", struct.pack_into, "<i", b"1234", 0, 1)
attempt("into-count", struct.pack_into, "<i", buf, 0)
attempt("into-bad", struct.pack_into, "<hh", buf, 0, 1, 2**20)
print(buf)
attempt("iter-len", struct.iter_unpack, "<i", b"12345")
attempt("iter-zero", struct.iter_unpack, "0i", b"1234")
attempt("Struct-few", struct.Struct("<h").pack)
attempt("Struct-unpack", struct.Struct("<h").unpack, b"123")
