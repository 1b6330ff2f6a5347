# SPDX-License-Identifier: MIT
# Loads a xenlet stdlib module under CPython from its file, as `xl_<name>`,
# so tests can compare it with CPython's own module of the same name.
from __future__ import annotations

import importlib
import importlib.util
import pathlib
import sys
from types import ModuleType

STDLIB = pathlib.Path(__file__).resolve().parents[2] / "stdlib"

# Private support modules (``_bindargs`` ...) are imported by plain name from the
# xenlet modules; appending keeps CPython's own modules first on the path,
# so ``import json`` inside a module under test still finds CPython's json.
if str(STDLIB) not in sys.path:
    sys.path.append(str(STDLIB))


def load(name: str) -> ModuleType:
    """Return stdlib/<name>.py (or the package stdlib/<name>/) as xl_<name>.

    A dotted name (``collections.abc``) loads the package first, then
    imports the submodule through it.
    """
    if "." in name:
        head, _, rest = name.partition(".")
        load(head)
        return importlib.import_module(f"xl_{head}.{rest}")
    alias = f"xl_{name}"
    if alias in sys.modules:
        return sys.modules[alias]
    pkg = STDLIB / name
    if pkg.is_dir():
        spec = importlib.util.spec_from_file_location(
            alias, pkg / "__init__.py", submodule_search_locations=[str(pkg)]
        )
    else:
        spec = importlib.util.spec_from_file_location(alias, STDLIB / f"{name}.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[alias] = mod
    try:
        spec.loader.exec_module(mod)
    except BaseException:
        del sys.modules[alias]
        raise
    return mod


def outcome(f) -> tuple:
    """("ok", repr(result)) or ("err", exception type name, message)."""
    try:
        return ("ok", repr(f()))
    except Exception as e:  # noqa: BLE001 - type and text are compared
        return ("err", type(e).__name__, str(e))


def same(fn, xl: ModuleType, cp: ModuleType) -> None:
    """Assert fn(xenlet module) and fn(CPython module) agree."""
    got = outcome(lambda: fn(xl))
    want = outcome(lambda: fn(cp))
    assert got == want, f"xenlet {got!r} != CPython {want!r}"
