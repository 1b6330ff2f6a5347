# csv: every dialect parameter and quoting mode on awkward fields, reader
# splitting of tricky inputs, errors with CPython's messages, the registry
import csv
import io

rows = [["plain", "with,comma", 'with"quote', "with\nnewline", "", " lead"],
        [1, 2.5, -0.0, 10**20, 1 / 3, True, None],
        [""], [], ["a\rb", "tab\there", "semi;colon", "back\\slash", "pipe|x"]]

configs = [{}, {"quoting": csv.QUOTE_ALL}, {"quoting": csv.QUOTE_NONNUMERIC},
           {"quoting": csv.QUOTE_NONE, "escapechar": "\\"},
           {"escapechar": "\\", "doublequote": False},
           {"delimiter": ";", "quotechar": "'", "lineterminator": "\n"},
           {"delimiter": "\t", "skipinitialspace": True},
           {"delimiter": "|", "quotechar": None, "escapechar": "\\"},
           {"dialect": "unix"}, {"dialect": "excel-tab"}]
for cfg in configs:
    out = io.StringIO()
    w = csv.writer(out, **cfg)
    for row in rows:
        try:
            w.writerow(row)
        except csv.Error as e:
            out.write("<Error: %s>" % e)
    text = out.getvalue()
    print(cfg)
    print("  ", repr(text))
    try:
        back = list(csv.reader(io.StringIO(text, newline=""), **cfg))
    except (csv.Error, ValueError) as e:
        back = "%s: %s" % (type(e).__name__, e)
    print("  ", back)

tricky = ['a,"b,c",d\r\n', '"x""y",z\n', '\n', '"multi\n', 'line",end\n',
          ' a, "b" ,c\n', '"q"tail,x\n', 'a\\,b,c\\\n', 'next\n', 'last']
for kw in ({}, {"skipinitialspace": True}, {"escapechar": "\\"},
           {"quoting": csv.QUOTE_NONE}, {"doublequote": False}):
    r = csv.reader(tricky, **kw)
    print(kw, list(r), r.line_num)

def attempt(label, fn):
    try:
        print(label, fn())
    except (csv.Error, TypeError, ValueError, AttributeError) as e:
        print(label, type(e).__name__ + ":", e)

attempt("nl", lambda: list(csv.reader(["a,b\rc"])))
attempt("strict eof", lambda: list(csv.reader(['a,"b'], strict=True)))
attempt("lenient eof", lambda: list(csv.reader(['a,"b'])))
attempt("strict quote", lambda: list(csv.reader(['"a"b'], strict=True)))
attempt("bytes", lambda: list(csv.reader([b"a,b"])))
attempt("nonnumeric", lambda: list(csv.reader(["1,abc"], quoting=csv.QUOTE_NONNUMERIC)))
attempt("empty none", lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow([""]))
attempt("no escape", lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"]))
attempt("not iterable", lambda: csv.writer(io.StringIO()).writerow(5))
attempt("no write", lambda: csv.writer(5))
for bad in ({"delimiter": ""}, {"delimiter": None}, {"delimiter": 1},
            {"quotechar": 1}, {"quoting": 7}, {"quoting": "x"},
            {"quotechar": None, "quoting": csv.QUOTE_ALL},
            {"lineterminator": None}, {"escapechar": "ab"}, {"dialect": "nope"}):
    attempt(str(bad), lambda: csv.reader([], **bad).dialect.delimiter)

old = csv.field_size_limit(5)
attempt("limit", lambda: list(csv.reader(["abcde,abcdef"])))
print(csv.field_size_limit(old), csv.field_size_limit())

class Pipes(csv.excel):
    delimiter = "|"
    quoting = csv.QUOTE_ALL
csv.register_dialect("pipes", Pipes, lineterminator="\n")
print(sorted(csv.list_dialects()))
d = csv.get_dialect("pipes")
print(d.delimiter, d.quotechar, d.escapechar, d.doublequote, d.skipinitialspace,
      repr(d.lineterminator), d.quoting, d.strict)
attempt("readonly", lambda: setattr(d, "delimiter", ";"))
out = io.StringIO()
csv.writer(out, "pipes").writerows([["a", 1], ["b|c", None]])
print(repr(out.getvalue()))
csv.unregister_dialect("pipes")
attempt("gone", lambda: csv.get_dialect("pipes"))
attempt("unregister", lambda: csv.unregister_dialect("pipes"))
attempt("bad dialect class", lambda: type("Bad", (csv.Dialect,), {"delimiter": ";"})())

s = csv.Sniffer()
for sample in ["a,b,c\r\n1,2,3\r\n4,5,6\r\n", "name;age\nbob;3\nal;40\n",
               '"a","b"\n"1","2"\n', "x\ty\tz\n1\t2\t3\n",
               'name,comment\n"Bob","said ""hi"""\n"Al","ok"\n']:
    dia = s.sniff(sample)
    print(repr(dia.delimiter), repr(dia.quotechar), dia.doublequote,
          dia.skipinitialspace, s.has_header(sample))
attempt("sniff empty", lambda: s.sniff(""))
