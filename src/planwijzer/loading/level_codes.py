"""A goal's code in another language: the prefix its level's abbreviation gives it.

A plan in several languages may write a level's abbreviation per language
(``afkorting: {nl: SD, fr: OS}``); its goals keep one code each (``code: SD1``), written
in the main language. Read in French, a code that starts with the level's Dutch
abbreviation starts with the French one instead ('SD1' reads 'OS1', 'OD1.2' reads
'OO1.2'); a code that does not start so stays as written.
"""

from __future__ import annotations

from typing import Any


def _prefixes(plan: Any, main: str, language: str) -> dict[str, tuple[str, str]]:
    """Per level key, (the main language's abbreviation, ``language``'s), where the plan
    writes both and they differ."""
    levels = plan.get("niveaus") if isinstance(plan, dict) else None
    found: dict[str, tuple[str, str]] = {}
    for level in levels if isinstance(levels, list) else ():
        if not isinstance(level, dict) or not isinstance(level.get("afkorting"), dict):
            continue
        written = level["afkorting"]
        own, other = written.get(main), written.get(language)
        if isinstance(own, str) and isinstance(other, str) and own and other and own != other:
            found[str(level.get("sleutel"))] = (own, other)
    return found


def _renamed(code: Any, prefix: tuple[str, str]) -> Any:
    own, other = prefix
    if isinstance(code, str) and code.startswith(own):
        rest = code[len(own) :]
        if not rest[:1].isalpha():  # 'SD1', 'SD 1', 'SD-1'; not 'SDG1'
            return other + rest
    return code


def _tree(data: Any, prefixes: dict[str, tuple[str, str]]) -> Any:
    """``data`` (a goal or the whole file) with the codes of the goals under it renamed;
    the very same object when nothing changes."""
    if not isinstance(data, dict):
        return data
    out: dict | None = None
    for key, value in data.items():
        if key in prefixes and isinstance(value, list):
            new: Any = [_goal(goal, prefixes[key], prefixes) for goal in value]
            if all(a is b for a, b in zip(new, value, strict=True)):
                new = value
        else:
            new = value
        if new is not value:
            out = dict(data) if out is None else out
            out[key] = new
    return data if out is None else out


def _goal(goal: Any, prefix: tuple[str, str], prefixes: dict[str, tuple[str, str]]) -> Any:
    if not isinstance(goal, dict):
        return goal
    inner = _tree(goal, prefixes)
    code = _renamed(inner.get("code"), prefix)
    if code is inner.get("code"):
        return inner
    return {**inner, "code": code}


def codes_in_language(plan: Any, goals: Any, main: str, language: str) -> Any:
    """The goals file's data as read in ``language``: its codes with that language's
    abbreviations (``plan``: plan.yaml's data as written)."""
    prefixes = _prefixes(plan, main, language) if language != main else {}
    return _tree(goals, prefixes) if prefixes else goals
