# SPDX-License-Identifier: MIT
# Compares xenlet's types with CPython's: the type names, SimpleNamespace,
# MappingProxyType and new_class.
import types as T

import pytest
from xl_loader import load, same

X = load("types")


@pytest.mark.parametrize("name,obj", [
    ("FunctionType", lambda: 0), ("LambdaType", lambda: 0), ("BuiltinFunctionType", len),
    ("ModuleType", T), ("NoneType", None), ("EllipsisType", ...),
    ("NotImplementedType", NotImplemented)])
def test_types(name, obj):
    assert isinstance(obj, getattr(X, name))
    assert getattr(X, name) is getattr(T, name)


def test_generators_methods():
    def gen():
        yield 1

    class C:
        def m(self):
            pass
    assert isinstance(gen(), X.GeneratorType)
    assert isinstance(C().m, X.MethodType)
    assert X.MethodType(lambda self: self, 5)() == 5


CASES = [
    lambda m: m.SimpleNamespace(a=1, b="x"),
    lambda m: m.SimpleNamespace(),
    lambda m: m.SimpleNamespace(a=1) == m.SimpleNamespace(a=1),
    lambda m: m.SimpleNamespace(a=1) == m.SimpleNamespace(a=2),
    lambda m: m.SimpleNamespace(a=1) == {"a": 1},
    lambda m: m.SimpleNamespace(a=1).a,
    lambda m: type(getattr(m.SimpleNamespace(a=1), "b", None)),
    lambda m: vars(m.SimpleNamespace(z=1, a=[1, 2])),
    lambda m: m.SimpleNamespace.__hash__,
    lambda m: m.SimpleNamespace(1),
    lambda m: m.MappingProxyType({"a": 1})["a"],
    lambda m: m.MappingProxyType({"a": 1})["b"],
    lambda m: list(m.MappingProxyType({"a": 1, "b": 2}).items()),
    lambda m: m.MappingProxyType({"a": 1}).get("z", 5),
    lambda m: "a" in m.MappingProxyType({"a": 1}),
    lambda m: len(m.MappingProxyType({"a": 1})),
    lambda m: repr(m.MappingProxyType({"a": 1})),
    lambda m: m.MappingProxyType({"a": 1}) == {"a": 1},
    lambda m: m.MappingProxyType({"a": 1}) | {"b": 2},
    lambda m: m.MappingProxyType([1, 2]),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case):
    same(case, X, T)


def test_namespace_mutation_and_recursion():
    def run(m):
        ns = m.SimpleNamespace(x=1)
        ns.y = 2
        del ns.x
        ns.me = ns
        return repr(ns)
    same(run, X, T)

    def sub(m):
        class NS(m.SimpleNamespace):
            pass
        return repr(NS(a=1))
    same(sub, X, T)


def test_readonly():
    def run(m):
        p = m.MappingProxyType({"a": 1})
        try:
            p["a"] = 2
        except TypeError as e:
            return str(e)
    same(run, X, T)


def test_new_class():
    def run(m):
        C = m.new_class("C", (dict,), {}, lambda ns: ns.update(f=lambda self: 42))
        return C.__name__, C().f(), C.__mro__[1].__name__
    same(run, X, T)
