# SPDX-License-Identifier: MIT
# xenlet's binascii: hex and base64 conversions and CRC-32, with CPython's
# results and binascii.Error messages.  The CRC table is built on first use
# so importing the module costs nothing.

__all__ = ["Error", "Incomplete", "a2b_base64", "a2b_hex", "b2a_base64",
           "b2a_hex", "crc32", "hexlify", "unhexlify"]


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_HEXDIGITS = "0123456789abcdef"
_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_b64_rev = None
_crc_table = None


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


def _ascii_arg(data):
    # The a2b_* functions also take ASCII-only str.
    if isinstance(data, str):
        try:
            return data.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII "
                             "characters") from None
    return _bytes_arg(data)


def hexlify(data, sep=None, bytes_per_sep=1):
    """Hex representation of binary data, optionally with a separator every
    bytes_per_sep bytes (counted from the right when positive)."""
    h = bytes(_bytes_arg(data)).hex()
    if sep is None or not h:
        return h.encode("ascii")
    if isinstance(sep, str):
        sep = sep.encode("ascii")
    if len(sep) != 1:
        raise ValueError("sep must be length 1.")
    step = abs(bytes_per_sep) * 2
    if step == 0:
        return h.encode("ascii")
    groups = []
    if bytes_per_sep > 0:
        first = len(h) % step
        if first:
            groups.append(h[:first])
        for i in range(first, len(h), step):
            groups.append(h[i:i + step])
    else:
        for i in range(0, len(h), step):
            groups.append(h[i:i + step])
    return sep.join([g.encode("ascii") for g in groups])


b2a_hex = hexlify


def unhexlify(hexstr):
    data = _ascii_arg(hexstr)
    if len(data) % 2:
        raise Error("Odd-length string")
    try:
        return bytes.fromhex(bytes(data).decode("ascii"))
    except (ValueError, UnicodeDecodeError):
        raise Error("Non-hexadecimal digit found") from None


a2b_hex = unhexlify


def b2a_base64(data, *, newline=True):
    """Base64 encoding of data, with a trailing newline unless told not."""
    data = _bytes_arg(data)
    out = bytearray()
    n = len(data)
    full = n - n % 3
    b64 = _B64
    for i in range(0, full, 3):
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out.append(b64[v >> 18])
        out.append(b64[(v >> 12) & 63])
        out.append(b64[(v >> 6) & 63])
        out.append(b64[v & 63])
    rest = n - full
    if rest == 1:
        v = data[full] << 16
        out += bytes((b64[v >> 18], b64[(v >> 12) & 63], 61, 61))
    elif rest == 2:
        v = (data[full] << 16) | (data[full + 1] << 8)
        out += bytes((b64[v >> 18], b64[(v >> 12) & 63], b64[(v >> 6) & 63],
                      61))
    if newline:
        out.append(10)
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    """Decode base64.  Characters outside the alphabet are skipped and
    decoding stops at the padding that completes a quad; strict_mode
    rejects both instead, with CPython's messages."""
    global _b64_rev
    if _b64_rev is None:
        rev = [-1] * 256
        for i in range(64):
            rev[_B64[i]] = i
        _b64_rev = rev
    rev = _b64_rev
    data = _ascii_arg(data)
    n = len(data)
    if strict_mode and n and data[0] == 61:
        raise Error("Leading padding not allowed")
    out = bytearray()
    quad = 0
    left = 0
    pads = 0
    padding_started = False
    for i in range(n):
        c = data[i]
        if c == 61:  # '='
            padding_started = True
            if strict_mode and quad == 0:
                raise Error("Excess padding not allowed")
            if quad >= 2:
                pads += 1
                if quad + pads >= 4:
                    if strict_mode and i + 1 < n:
                        raise Error("Excess data after padding")
                    return bytes(out)
            continue
        v = rev[c]
        if v < 0:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            continue
        if strict_mode and padding_started:
            raise Error("Discontinuous padding not allowed")
        pads = 0
        if quad == 0:
            left = v
            quad = 1
        elif quad == 1:
            out.append(((left << 2) | (v >> 4)) & 255)
            left = v & 15
            quad = 2
        elif quad == 2:
            out.append(((left << 4) | (v >> 2)) & 255)
            left = v & 3
            quad = 3
        else:
            out.append(((left << 6) | v) & 255)
            quad = 0
    if quad:
        if quad == 1:
            raise Error("Invalid base64-encoded string: number of data "
                        "characters (" + str(len(out) // 3 * 4 + 1)
                        + ") cannot be 1 more than a multiple of 4")
        raise Error("Incorrect padding")
    return bytes(out)


def crc32(data, value=0):
    """CRC-32 (ISO-HDLC, the zlib/PNG one) of data, continuing from value."""
    global _crc_table
    table = _crc_table
    if table is None:
        table = []
        for n in range(256):
            c = n
            for _ in range(8):
                if c & 1:
                    c = 0xEDB88320 ^ (c >> 1)
                else:
                    c >>= 1
            table.append(c)
        _crc_table = table
    crc = (value & 0xFFFFFFFF) ^ 0xFFFFFFFF
    for b in _bytes_arg(data):
        crc = table[(crc ^ b) & 255] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF
