# SPDX-License-Identifier: MIT
# xenlet's contextlib: contextmanager, suppress, closing, nullcontext,
# ExitStack, redirect_stdout/redirect_stderr, ContextDecorator and
# AbstractContextManager, with CPython's semantics for exceptions raised
# inside the with-block and by exit callbacks.

import sys

__all__ = [
    "AbstractContextManager",
    "ContextDecorator",
    "ExitStack",
    "asynccontextmanager",
    "chdir",
    "closing",
    "contextmanager",
    "nullcontext",
    "redirect_stderr",
    "redirect_stdout",
    "suppress",
]


class AbstractContextManager:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None


class ContextDecorator:
    """Lets a context manager be used as a function decorator too."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        inner.__name__ = getattr(func, "__name__", "inner")
        inner.__doc__ = getattr(func, "__doc__", None)
        inner.__wrapped__ = func
        return inner


class _GeneratorContextManager(ContextDecorator, AbstractContextManager):
    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        self.__doc__ = getattr(func, "__doc__", None)

    def _recreate_cm(self):
        return self.__class__(self.func, self.args, self.kwds)

    def __enter__(self):
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            else:
                raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            # The generator caught the exception and finished: suppress
            # it, unless StopIteration itself was what we threw in.
            return exc is not value
        except RuntimeError as exc:
            # PEP 479 turns a StopIteration thrown in into RuntimeError.
            if exc is value:
                exc.__traceback__ = traceback
                return False
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            exc.__traceback__ = traceback
            return False
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    """@contextmanager: a generator function yielding once becomes a
    context manager factory."""
    def factory(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    factory.__name__ = getattr(func, "__name__", "factory")
    factory.__qualname__ = getattr(func, "__qualname__", "factory")
    factory.__doc__ = getattr(func, "__doc__", None)
    factory.__wrapped__ = func
    return factory


class _AsyncGeneratorContextManager:
    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)

    async def __aenter__(self):
        try:
            return await self.gen.__anext__()
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            try:
                await self.gen.__anext__()
            except StopAsyncIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(value)
        except StopAsyncIteration as exc:
            return exc is not value
        except BaseException as exc:
            if exc is not value:
                raise
            return False
        raise RuntimeError("generator didn't stop after athrow()")


def asynccontextmanager(func):
    def factory(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    factory.__name__ = getattr(func, "__name__", "factory")
    factory.__wrapped__ = func
    return factory


class closing(AbstractContextManager):
    """with closing(thing) as t: ... calls thing.close() at the end."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class nullcontext(AbstractContextManager):
    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass


class suppress(AbstractContextManager):
    """Suppress the listed exception types inside the with-block."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


class _RedirectStream(AbstractContextManager):
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    _stream = "stderr"


class chdir(AbstractContextManager):
    # There is no working directory in a unikernel; kept for API parity.
    def __init__(self, path):
        self.path = path

    def __enter__(self):
        raise OSError("chdir is not supported")

    def __exit__(self, *excinfo):
        pass


class ExitStack(AbstractContextManager):
    """Runs registered exit callbacks in LIFO order when the with-block
    ends, passing each the exception still in flight."""

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        """Register an object with __exit__, or an exit-style callable."""
        exit_method = getattr(type(exit), "__exit__", None)
        if exit_method is None:
            self._exit_callbacks.append(exit)
        else:
            def method(*exc_details):
                return exit_method(exit, *exc_details)
            method.__self__ = exit
            self._exit_callbacks.append(method)
        return exit

    def enter_context(self, cm):
        cls = type(cm)
        try:
            enter = cls.__enter__
            exit = cls.__exit__
        except AttributeError:
            raise TypeError("'" + cls.__module__ + "." + cls.__qualname__
                            + "' object does not support the context "
                            "manager protocol") from None
        result = enter(cm)

        def cm_exit(*exc_details):
            return exit(cm, *exc_details)
        self._exit_callbacks.append(cm_exit)
        return result

    def callback(self, callback, /, *args, **kwds):
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append(_exit_wrapper)
        return callback

    def close(self):
        self.__exit__(None, None, None)

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        pending = exc_details[1] if received_exc else None
        suppressed = False
        while self._exit_callbacks:
            cb = self._exit_callbacks.pop()
            if pending is None:
                details = (None, None, None)
            else:
                details = (type(pending), pending, pending.__traceback__)
            try:
                if cb(*details):
                    suppressed = True
                    pending = None
            except BaseException as new_exc:
                # The new exception replaces the pending one, which becomes
                # its context (as if raised in nested finally blocks).
                if pending is not None and new_exc is not pending:
                    ctx = new_exc
                    while ctx.__context__ is not None and \
                            ctx.__context__ is not pending:
                        ctx = ctx.__context__
                    if ctx.__context__ is None:
                        ctx.__context__ = pending
                pending = new_exc
                suppressed = False
        if pending is not None:
            if received_exc and pending is exc_details[1]:
                return False
            fixed_ctx = pending.__context__
            try:
                raise pending
            except BaseException:
                pending.__context__ = fixed_ctx
                raise
        return received_exc and suppressed
