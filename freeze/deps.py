# SPDX-License-Identifier: MIT
"""The import graph: from the entry module, find exactly the modules a
program imports (its own, found beside it as sys.path[0] would, and
stdlib/ modules, transitively) and compile them.

Natives (sys, math, ...) need no file.  A module found nowhere is a
freeze-time error at the importing line, unless the import is guarded by a
try/except that catches ImportError (an optional dependency)."""
from __future__ import annotations

import ast
import hashlib
import os
import pickle
from dataclasses import dataclass
from pathlib import Path

from freeze.code import Code
from freeze.compiler import compile_module
from freeze.errors import FreezeError, UnsupportedError
from freeze.image import FrozenModule

REPO = Path(__file__).resolve().parent.parent
STDLIB = REPO / "stdlib"
# Modules implemented natively by the VM core (vm/import.c core_modules).
NATIVE_MODULES = frozenset({"sys", "math", "time", "gc", "_struct", "_hashlib"})
# Native modules a platform may add (port_modules); allowed at freeze time.
PLATFORM_MODULES = frozenset({"_xen", "_netif", "_blkif", "_posix"})
# The Xen platform's device modules (xen/mod_xen.c, blkfront.c, netfront.c),
# linked into an image's port_modules when its program imports them.
XEN_NATIVES = frozenset({"_xen", "_netif", "_blkif"})


class ImportNotFound(FreezeError):
    pass


@dataclass
class _Req:
    name: str  # absolute dotted name
    line: int
    col: int
    optional: bool


def _catches_import_error(handlers: list[ast.ExceptHandler]) -> bool:
    for h in handlers:
        if h.type is None:
            return True
        names = h.type.elts if isinstance(h.type, ast.Tuple) else [h.type]
        for n in names:
            if isinstance(n, ast.Name) and n.id in ("ImportError", "ModuleNotFoundError", "Exception", "BaseException"):
                return True
    return False


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.Module, package: str) -> list[_Req]:
    """Absolute names this module imports, with the position of the import."""
    out: list[_Req] = []

    def resolve(level: int, mod: str | None, node: ast.AST) -> str:
        if level == 0:
            return mod or ""
        parts = package.split(".") if package else []
        if level - 1 > len(parts) or not package:
            raise FreezeError("", node.lineno, node.col_offset + 1, "attempted relative import with no known parent package")
        base = parts[: len(parts) - (level - 1)]
        return ".".join(base + ([mod] if mod else []))

    def visit(node: ast.AST, optional: bool) -> None:
        if isinstance(node, ast.Try) or (hasattr(ast, "TryStar") and isinstance(node, getattr(ast, "TryStar"))):
            opt = optional or _catches_import_error(node.handlers)
            for s in node.body:
                visit(s, opt)
            for part in (node.handlers, node.orelse, node.finalbody):
                for s in part:
                    visit(s, optional)
            return
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            for s in node.orelse:
                visit(s, optional)
            return
        if isinstance(node, ast.Import):
            for a in node.names:
                parts = a.name.split(".")
                for i in range(1, len(parts) + 1):
                    out.append(_Req(".".join(parts[:i]), node.lineno, node.col_offset + 1, optional))
            return
        if isinstance(node, ast.ImportFrom):
            if node.module == "__future__" and node.level == 0:
                return  # a compiler directive: nothing is imported
            base = resolve(node.level, node.module, node)
            parts = base.split(".") if base else []
            for i in range(1, len(parts) + 1):
                out.append(_Req(".".join(parts[:i]), node.lineno, node.col_offset + 1, optional))
            for a in node.names:
                if a.name != "*":
                    # may be a submodule; only required if it is not an attribute
                    out.append(_Req(f"{base}.{a.name}" if base else a.name, node.lineno, node.col_offset + 1, True))
            return
        for child in ast.iter_child_nodes(node):
            visit(child, optional)

    visit(tree, False)
    return out


def _find(name: str, roots: list[Path]) -> tuple[Path, bool] | None:
    rel = Path(*name.split("."))
    for root in roots:
        pkg = root / rel / "__init__.py"
        if pkg.is_file():
            return pkg, True
        mod = root.joinpath(*rel.parts[:-1], rel.parts[-1] + ".py")
        if mod.is_file():
            return mod, False
    return None


_COMPILER_FILES = ["compiler.py", "scope.py", "assemble.py", "code.py", "opcodes.py", "image.py"]


def _compiler_stamp() -> str:
    h = hashlib.sha256()
    here = Path(__file__).resolve().parent
    for f in _COMPILER_FILES:
        p = here / f
        if p.exists():
            h.update(p.read_bytes())
    h.update((REPO / "vm" / "opcodes.def").read_bytes())
    return h.hexdigest()[:16]


_STAMP: str | None = None


def _cache_dir() -> Path:
    base = os.environ.get("XENLET_CACHE")
    if base:
        return Path(base)
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "xenlet"


def _compile_cached(source: str, filename: str, modname: str) -> Code:
    """Compile, reusing an earlier result for the same source and compiler."""
    global _STAMP
    if _STAMP is None:
        _STAMP = _compiler_stamp()
    key = hashlib.sha256(f"{_STAMP}\0{filename}\0{modname}\0".encode() + source.encode()).hexdigest()
    path = _cache_dir() / "code" / key[:2] / key
    try:
        with open(path, "rb") as f:
            return pickle.load(f)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
        pass
    code = compile_module(source, filename, modname)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with open(tmp, "wb") as f:
            pickle.dump(code, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass
    return code


def _display_name(path: Path, entry_dir: Path) -> str:
    """The filename tracebacks show: relative to the program's folder for
    the user's modules (as given on the command line for the entry)."""
    try:
        return str(path.relative_to(entry_dir))
    except ValueError:
        return str(path)


# Importable only in a Xen image: xenlet's `xen` package (stdlib/xen) and
# the device natives under it.
XEN_ONLY = frozenset({"xen"}) | XEN_NATIVES


def collect(entry: str | Path, entry_display: str | None = None,
            target: str | None = None) -> list[FrozenModule]:
    """Compile the entry module and everything it imports.  The entry comes
    first in the list, named __main__.  target "linux" (an image for the
    Linux VM) makes a required import of the `xen` package or a Xen device
    native an UnsupportedError at the importing line; "xen" or None allow
    them."""
    entry = Path(entry)
    entry_dir = entry.resolve().parent
    user_roots = [entry_dir]
    roots = [entry_dir, STDLIB]
    modules: list[FrozenModule] = []
    done: dict[str, bool] = {}
    queue: list[tuple[str, Path, bool, str]] = [("__main__", entry, False, "")]
    while queue:
        name, path, is_pkg, package = queue.pop(0)
        try:
            source = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as e:
            raise FreezeError(str(path), 1, 1, f"source is not UTF-8: {e}") from None
        display = entry_display if (name == "__main__" and entry_display) else _display_name(path, entry_dir)
        if path.resolve().is_relative_to(STDLIB.resolve()):
            display = str(Path("<stdlib>") / path.resolve().relative_to(STDLIB.resolve()))
        code = _compile_cached(source, display, name)
        modules.append(FrozenModule(name, code, is_pkg))
        tree = ast.parse(source, filename=str(path))
        try:
            reqs = _imports(tree, package)
        except FreezeError as e:
            raise FreezeError(display, e.line, e.col, e.message) from None
        for r in reqs:
            if r.name in done or r.name == "__main__":
                continue
            found = None
            if target == "linux" and r.name.split(".")[0] in XEN_ONLY:
                found = _find(r.name, roots)
                if r.name in XEN_NATIVES or (found and found[0].resolve().is_relative_to(STDLIB.resolve())):
                    if r.optional:  # guarded by except ImportError: left out
                        continue
                    raise UnsupportedError(display, r.line, r.col,
                                           f"module '{r.name}' outside a Xen image (freeze-and-boot)")
            if r.name in NATIVE_MODULES or r.name in PLATFORM_MODULES:
                done[r.name] = True
                continue
            found = found or _find(r.name, roots)
            if found is None:
                if r.optional:
                    continue
                where = "beside the program or in xenlet's stdlib/"
                raise ImportNotFound(display, r.line, r.col, f"No module named '{r.name}' ({where})")
            done[r.name] = True
            fpath, pkg = found
            mpackage = r.name if pkg else r.name.rpartition(".")[0]
            queue.append((r.name, fpath, pkg, mpackage))
    _ = user_roots
    return modules
