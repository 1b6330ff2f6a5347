# fnmatch and shlex: shell-style wildcards and command-line splitting
import fnmatch
import shlex

names = ["main.py", "main.pyc", "README.md", "test_a.py", "test_b.txt", "data1.csv", "data2.csv",
         "data10.csv", ".hidden", "x]y", "a-b", "[odd]"]
for pat in ["*.py", "test_*", "data?.csv", "data[0-9]*.csv", "[!d]*", "*.[ct]??", "[]]*", "x[]]y",
            "*[-]*", "[[]odd]", "[", "*", "?", "[z-a]*", "[a-]-b"]:
    print(f"{pat!r:16} {fnmatch.filter(names, pat)}")
print(fnmatch.fnmatch("FILE.TXT", "*.txt"), fnmatch.fnmatchcase("FILE.TXT", "*.TXT"), fnmatch.fnmatch("a\nb", "a?b"))

lines = ['git commit -m "initial import" --author=\'A. Person\'',
         'echo "a \\"quoted\\" word" back\\ slash',
         "ls -la # list everything",
         "cp 'it'\\''s here' there",
         "env X= Y=\"\" prog ''",
         "  spaced\t\tout\n words  "]
for line in lines:
    print(shlex.split(line))
print(shlex.split("ls -la # list everything", comments=True))
print(shlex.split('a "b c" d', posix=False))
for bad in ['"unterminated', "escape at end\\"]:
    try:
        shlex.split(bad)
    except ValueError as e:
        print("ValueError:", e)
args = ["prog", "file name.txt", "it's", "", "$HOME", "safe-chars_1.0/x:y@z"]
print([shlex.quote(a) for a in args])
cmd = shlex.join(args)
print(cmd)
print(shlex.split(cmd) == args)
lex = shlex.shlex("a=b; c+d 'e f'")
print(list(lex))
lex = shlex.shlex("key = 'value here' # note", posix=True)
print(list(lex))
