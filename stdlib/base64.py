# SPDX-License-Identifier: MIT
# xenlet's base64: Base64 (standard, URL-safe, custom altchars), Base32
# and Base16 encoders/decoders over binascii, with CPython's checks and
# binascii.Error messages.

import binascii

__all__ = ["b16decode", "b16encode", "b32decode", "b32encode",
           "b32hexdecode", "b32hexencode", "b64decode", "b64encode",
           "decodebytes", "encodebytes", "standard_b64decode",
           "standard_b64encode", "urlsafe_b64decode", "urlsafe_b64encode"]

def _bytes_from_decode_data(s):
    if isinstance(s, str):
        try:
            return s.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII "
                             "characters") from None
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError("argument should be a bytes-like object or ASCII "
                        "string, not " + repr(s.__class__.__name__)) from None


def _bytes_arg(data):
    if isinstance(data, (bytes, bytearray)):
        return data
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return memoryview(data).tobytes()
    except TypeError:
        raise TypeError("a bytes-like object is required, not '"
                        + type(data).__name__ + "'") from None


def _translate(s, frm, to):
    return s.translate(bytes.maketrans(frm, to))


def b64encode(s, altchars=None):
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        if len(altchars) != 2:
            raise AssertionError(repr(altchars))
        return _translate(encoded, b"+/", altchars)
    return encoded


def b64decode(s, altchars=None, validate=False):
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        if len(altchars) != 2:
            raise AssertionError(repr(altchars))
        s = _translate(s, altchars, b"+/")
    if validate:
        return binascii.a2b_base64(s, strict_mode=True)
    return binascii.a2b_base64(s)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return _translate(b64encode(s), b"+/", b"-_")


def urlsafe_b64decode(s):
    s = _bytes_from_decode_data(s)
    return b64decode(_translate(s, b"-_", b"+/"))


def encodebytes(s):
    """Base64 in lines of at most 76 characters, each ending in newline."""
    s = _bytes_arg(s)
    pieces = []
    for i in range(0, len(s), 57):
        pieces.append(binascii.b2a_base64(s[i:i + 57]))
    return b"".join(pieces)


def decodebytes(s):
    return binascii.a2b_base64(s)


_B32_STD = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_B32_HEX = b"0123456789ABCDEFGHIJKLMNOPQRSTUV"


def _b32encode(alphabet, s):
    s = _bytes_arg(s)
    leftover = len(s) % 5
    if leftover:
        s = bytes(s) + bytes(5 - leftover)
    out = bytearray()
    for i in range(0, len(s), 5):
        c = int.from_bytes(s[i:i + 5], "big")
        for shift in (35, 30, 25, 20, 15, 10, 5, 0):
            out.append(alphabet[(c >> shift) & 31])
    # 1, 2, 3 or 4 leftover bytes need 2, 4, 5 or 7 characters.
    if leftover == 1:
        out[-6:] = b"======"
    elif leftover == 2:
        out[-4:] = b"===="
    elif leftover == 3:
        out[-3:] = b"==="
    elif leftover == 4:
        out[-1:] = b"="
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error("Incorrect padding")
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        if len(map01) != 1:
            raise AssertionError(repr(map01))
        s = _translate(s, b"01", b"O" + map01)
    if casefold:
        s = s.upper()
    total = len(s)
    s = s.rstrip(b"=")
    padchars = total - len(s)
    rev = {}
    for i in range(32):
        rev[alphabet[i]] = i
    decoded = bytearray()
    acc = 0
    for i in range(0, len(s), 8):
        acc = 0
        for c in s[i:i + 8]:
            v = rev.get(c)
            if v is None:
                raise binascii.Error("Non-base32 digit found")
            acc = (acc << 5) + v
        decoded += acc.to_bytes(5, "big")
    if padchars not in (0, 1, 3, 4, 6):
        raise binascii.Error("Incorrect padding")
    if padchars and decoded:
        # The last quantum had 8 - padchars characters: shift it into
        # place and keep only the whole bytes it carries.
        acc <<= 5 * padchars
        last = acc.to_bytes(5, "big")
        keep = (43 - 5 * padchars) // 8
        decoded[-5:] = last[:keep]
    return bytes(decoded)


def b32encode(s):
    return _b32encode(_B32_STD, s)


def b32decode(s, casefold=False, map01=None):
    return _b32decode(_B32_STD, s, casefold, map01)


def b32hexencode(s):
    return _b32encode(_B32_HEX, s)


def b32hexdecode(s, casefold=False):
    return _b32decode(_B32_HEX, s, casefold)


def b16encode(s):
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    for c in s:
        if not (48 <= c <= 57 or 65 <= c <= 70):
            raise binascii.Error("Non-base16 digit found")
    return binascii.unhexlify(s)
