# errno constants, gc enable/disable/collect, and sys attributes.
import errno, gc, sys
print(errno.ENOENT, errno.EAGAIN, errno.EINVAL, errno.errorcode[errno.ENOENT], errno.EEXIST)
e = OSError(errno.ENOENT, "No such file or directory")
print(e.errno == errno.ENOENT, e.strerror)
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled(), isinstance(gc.collect(), int))
print(sys.maxsize == 2 ** 63 - 1, sys.byteorder, sys.version_info[:2] >= (3, 11), sys.version_info.major)
print(sys.getrecursionlimit() >= 1000, type(sys.argv).__name__, sys.argv[0].endswith("errno_gc_sys.py"))
print(type(sys.stdout).__name__ != "", hasattr(sys.stderr, "write"), type(sys.modules).__name__)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig)
