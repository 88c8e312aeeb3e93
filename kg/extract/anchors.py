"""Required literals of a regex: a set of strings one of which every match must contain.

Used to skip, with one substring test per sentence, the patterns that cannot match it.
Derived from the parsed regex, so it never drifts from the patterns themselves.
"""

from __future__ import annotations

try:  # Python >= 3.11
    from re import _parser as sre_parse
    from re import _constants as c
except ImportError:  # pragma: no cover
    import sre_parse  # type: ignore
    import sre_constants as c  # type: ignore

MIN_LEN = 2  # shorter anchors only when they are punctuation or CJK ("'", "由")


def _alts(items) -> set[str] | None:
    """Anchor alternatives for a parsed sequence: every match contains one of them (None: no guarantee)."""
    best: set[str] | None = None
    run = ""

    def consider(cands: set[str] | None) -> None:
        nonlocal best
        if not cands or any(len(x) < MIN_LEN and (x.isascii() and (x.isalnum() or x.isspace())) for x in cands):
            return
        if best is None or min(map(len, cands)) > min(map(len, best)) or (
                min(map(len, cands)) == min(map(len, best)) and len(cands) < len(best)):
            best = cands

    for op, av in items:
        if op is c.LITERAL:
            run += chr(av)
            continue
        consider({run} if run else None)
        run = ""
        if op is c.SUBPATTERN:
            consider(_alts(av[-1]))
        elif op is c.BRANCH:
            branch = [_alts(b) for b in av[1]]
            if all(b for b in branch):
                consider(set().union(*branch))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
            consider(_alts(av[2]))
    consider({run} if run else None)
    return best


def anchors(pattern: str) -> frozenset[str] | None:
    """Strings one of which any match of `pattern` contains, or None when none can be proven."""
    try:
        got = _alts(sre_parse.parse(pattern))
    except Exception:  # pragma: no cover - unusual syntax: no filtering
        return None
    return frozenset(got) if got else None
