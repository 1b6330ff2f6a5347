# The built-in exception hierarchy.
pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (KeyError, LookupError), (IndexError, LookupError), (UnboundLocalError, NameError),
    (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
    (FileNotFoundError, OSError), (ModuleNotFoundError, ImportError),
    (StopIteration, Exception), (GeneratorExit, BaseException),
    (KeyboardInterrupt, BaseException), (SystemExit, BaseException),
    (UnicodeDecodeError, ValueError), (AssertionError, Exception),
    (AttributeError, Exception), (TypeError, Exception), (Exception, BaseException),
]
for sub, sup in pairs:
    print(f"{sub.__name__} < {sup.__name__}: {issubclass(sub, sup)}")
print(issubclass(GeneratorExit, Exception), issubclass(SystemExit, Exception))
print(issubclass(StopAsyncIteration, Exception), issubclass(BlockingIOError, OSError))
print(EnvironmentError is OSError, IOError is OSError)
print([c.__name__ for c in ZeroDivisionError.__mro__])
