# SPDX-License-Identifier: MIT
"""`match` statements (structural pattern matching, CPython 3.11 semantics),
compiled for freeze.compiler as a mixin of its _Compiler.

Code shape.  The subject is evaluated once and stays on the stack while
the cases are tried.  Each case matches a copy of it (COPY 1): a pattern
consumes the value on top and either falls through (matched) or jumps to
a failure label.  Sub-patterns leave values of their own under the one
they test (the unpacked items of a sequence, a class's attributes, the
subject during a length check); `_Ctx.on_top` counts them, and a failure
jumps to `fail_pop[k]`, which pops the k values left at that point and
then falls into the next case with only the subject on the stack:

    <subject>
    COPY 1; <pattern>; [<guard>; POP_JUMP_IF_FALSE fail_pop[0]]
    POP_TOP; <body>; JUMP end
    fail_pop[2]: POP_TOP  fail_pop[1]: POP_TOP  fail_pop[0]:
    COPY 1; <next pattern> ...
    POP_TOP                      # no case matched
    end:

Names are stored as soon as their sub-pattern matches (CPython stores them
once the whole pattern has matched); a case that fails half-way may thus
leave some of its names bound, which the language allows.  The checks
that reject a program (alternatives binding different names, an
irrefutable pattern before others, duplicate keys or attributes, ...) are
CPython's own SyntaxErrors, reported by compile_module's compile() check
before code generation starts.

The run-time work is done by five opcodes (vm/opcodes.def, vm/match.c):
GET_LEN, MATCH_SEQUENCE, MATCH_MAPPING, MATCH_KEYS and MATCH_CLASS."""
from __future__ import annotations

import ast
from dataclasses import dataclass, field

from freeze.assemble import Label
from freeze.opcodes import BINOP_BY_SYMBOL, CMPOP_BY_SYMBOL

_EQ = CMPOP_BY_SYMBOL["=="]
_GE = CMPOP_BY_SYMBOL[">="]
_SUB = BINOP_BY_SYMBOL["-"]


@dataclass(eq=False)
class _Ctx:
    on_top: int = 0  # values of enclosing patterns above the case's subject
    fail_pop: list[Label] = field(default_factory=list)


def _is_wildcard(p: ast.pattern) -> bool:
    return (isinstance(p, ast.MatchAs) and p.pattern is None and p.name is None) or (
        isinstance(p, ast.MatchStar) and p.name is None
    )


class MatchMixin:
    """visit_Match and the pattern compilers; uses _Compiler's emit, labels,
    visit, nameop and load_const."""

    def visit_Match(self, node: ast.Match) -> None:
        u = self.u
        end = self.new_label()
        self.visit(node.subject)
        for case in node.cases:
            p = case.pattern
            u.line = p.lineno
            if _is_wildcard(p) and case.guard is None:
                # `case _:` (the last case, CPython checks): no test at all
                self.emit("POP_TOP")
                self.stmts(case.body)
                self.emit("JUMP", end)
                break
            ctx = _Ctx()
            self.emit("COPY", 1)
            self.pattern(p, ctx)
            if case.guard is not None:
                self.visit(case.guard)
                self.jump_fail(ctx, "POP_JUMP_IF_FALSE")
            u.line = p.lineno
            self.emit("POP_TOP")  # the subject
            self.stmts(case.body)
            self.emit("JUMP", end)
            self.emit_fail_pops(ctx)
        else:
            u.line = node.lineno
            self.emit("POP_TOP")
        self.mark(end)

    # ------------------------------------------------------------- failure
    def jump_fail(self, ctx: _Ctx, op: str) -> None:
        """A conditional jump (it pops its operand) to the failure path,
        with ctx.on_top values left above the case's subject."""
        while len(ctx.fail_pop) <= ctx.on_top:
            ctx.fail_pop.append(self.new_label())
        self.emit(op, ctx.fail_pop[ctx.on_top])

    def emit_fail_pops(self, ctx: _Ctx) -> None:
        for i in range(len(ctx.fail_pop) - 1, -1, -1):
            self.mark(ctx.fail_pop[i])
            if i:
                self.emit("POP_TOP")

    # ------------------------------------------------------------ patterns
    def pattern(self, p: ast.pattern, ctx: _Ctx) -> None:
        """[.., value] -> [..]: match the value on top, consuming it."""
        u = self.u
        saved = u.line
        u.line = p.lineno
        getattr(self, "pattern_" + type(p).__name__)(p, ctx)
        u.line = saved

    def store_capture(self, name: str | None) -> None:
        if name is None:
            self.emit("POP_TOP")
        else:
            self.nameop(name, ast.Store)

    def pattern_MatchValue(self, p: ast.MatchValue, ctx: _Ctx) -> None:
        self.visit(p.value)
        self.emit("COMPARE_OP", _EQ)
        self.jump_fail(ctx, "POP_JUMP_IF_FALSE")

    def pattern_MatchSingleton(self, p: ast.MatchSingleton, ctx: _Ctx) -> None:
        self.load_const(p.value)
        self.emit("IS_OP", 0)
        self.jump_fail(ctx, "POP_JUMP_IF_FALSE")

    def pattern_MatchAs(self, p: ast.MatchAs, ctx: _Ctx) -> None:
        if p.pattern is None:
            self.store_capture(p.name)
            return
        self.emit("COPY", 1)
        ctx.on_top += 1
        self.pattern(p.pattern, ctx)
        ctx.on_top -= 1
        self.store_capture(p.name)

    def pattern_MatchOr(self, p: ast.MatchOr, ctx: _Ctx) -> None:
        end = self.new_label()
        for alt in p.patterns[:-1]:
            # each alternative but the last tests a copy, with failure
            # paths of its own that come back to the value
            sub = _Ctx()
            self.emit("COPY", 1)
            self.pattern(alt, sub)
            self.emit("POP_TOP")
            self.emit("JUMP", end)
            self.emit_fail_pops(sub)
        self.pattern(p.patterns[-1], ctx)
        self.mark(end)

    def pattern_MatchSequence(self, p: ast.MatchSequence, ctx: _Ctx) -> None:
        pats = p.patterns
        size = len(pats)
        star = next((i for i, s in enumerate(pats) if isinstance(s, ast.MatchStar)), -1)
        ctx.on_top += 1  # the value stays under the checks
        self.emit("MATCH_SEQUENCE")
        self.jump_fail(ctx, "POP_JUMP_IF_FALSE")
        if star < 0 or size > 1:
            self.emit("GET_LEN")
            self.load_const(size if star < 0 else size - 1)
            self.emit("COMPARE_OP", _EQ if star < 0 else _GE)
            self.jump_fail(ctx, "POP_JUMP_IF_FALSE")
        ctx.on_top -= 1
        if all(_is_wildcard(s) for s in pats):
            self.emit("POP_TOP")
        elif star >= 0 and _is_wildcard(pats[star]):
            self.sequence_subscr(pats, star, ctx)
        else:
            if star < 0:
                self.emit("UNPACK_SEQUENCE", size)
            else:
                self.emit("UNPACK_EX", star | ((size - star - 1) << 8))
            ctx.on_top += size
            for s in pats:
                ctx.on_top -= 1
                if isinstance(s, ast.MatchStar):
                    self.store_capture(s.name)
                else:
                    self.pattern(s, ctx)

    def sequence_subscr(self, pats: list[ast.pattern], star: int, ctx: _Ctx) -> None:
        """`[a, *_, b]`: index the items instead of unpacking them all."""
        size = len(pats)
        ctx.on_top += 1
        for i, s in enumerate(pats):
            if _is_wildcard(s):
                continue
            self.emit("COPY", 1)
            if i < star:
                self.load_const(i)
            else:  # len(subject) - (size - i), as CPython computes it
                self.emit("GET_LEN")
                self.load_const(size - i)
                self.emit("BINARY_OP", _SUB)  # [.., subject, copy, index]
            self.emit("BINARY_SUBSCR")
            self.pattern(s, ctx)
        ctx.on_top -= 1
        self.emit("POP_TOP")

    def pattern_MatchMapping(self, p: ast.MatchMapping, ctx: _Ctx) -> None:
        size = len(p.keys)
        ctx.on_top += 1
        self.emit("MATCH_MAPPING")
        self.jump_fail(ctx, "POP_JUMP_IF_FALSE")
        if not size and p.rest is None:
            ctx.on_top -= 1
            self.emit("POP_TOP")
            return
        if size:
            self.emit("GET_LEN")
            self.load_const(size)
            self.emit("COMPARE_OP", _GE)
            self.jump_fail(ctx, "POP_JUMP_IF_FALSE")
        # [subject] -> [subject, keys, values]
        self.const_or_tuple(p.keys)
        ctx.on_top += 1
        self.emit("MATCH_KEYS")
        if size:
            ctx.on_top += 1
            self.emit("COPY", 1)
            self.jump_fail(ctx, "POP_JUMP_IF_NONE")
            ctx.on_top -= 1
            self.emit("UNPACK_SEQUENCE", size)
            ctx.on_top += size - 1
            for s in p.patterns:
                self.pattern(s, ctx)
                ctx.on_top -= 1
            ctx.on_top += 1
        else:
            self.emit("POP_TOP")
        ctx.on_top -= 2
        # [subject, keys]
        if p.rest is None:
            self.emit("POP_TOP")
            self.emit("POP_TOP")
            return
        # rest = dict(subject) without the matched keys
        self.emit("BUILD_MAP", 0)
        self.emit("SWAP", 3)
        self.emit("DICT_UPDATE", 2)  # [rest, keys]
        self.emit("UNPACK_SEQUENCE", size)
        for left in range(size, 0, -1):
            self.emit("COPY", left + 1)
            self.emit("SWAP", 2)
            self.emit("DELETE_SUBSCR")
        self.store_capture(p.rest)

    def pattern_MatchClass(self, p: ast.MatchClass, ctx: _Ctx) -> None:
        npos, nkw = len(p.patterns), len(p.kwd_patterns)
        self.visit(p.cls)
        self.load_const(tuple(p.kwd_attrs))
        self.emit("MATCH_CLASS", npos)  # [attrs or None]
        if not npos + nkw:
            self.jump_fail(ctx, "POP_JUMP_IF_NONE")
            return
        ctx.on_top += 1
        self.emit("COPY", 1)
        self.jump_fail(ctx, "POP_JUMP_IF_NONE")
        ctx.on_top -= 1
        self.emit("UNPACK_SEQUENCE", npos + nkw)
        ctx.on_top += npos + nkw
        for s in [*p.patterns, *p.kwd_patterns]:
            ctx.on_top -= 1
            self.pattern(s, ctx)
