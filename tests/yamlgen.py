"""Random plan-like YAML for the tests: words both YAML versions read differently,
Markdown, nesting, and editors' slips."""

from __future__ import annotations

import json
import random

# Words that YAML 1.1 (PyYAML) and 1.2 (rapidyaml) read differently, and ordinary text.
WORDS = [
    "Gent", "Ronse", "armoede", "yes", "No", "on", "OFF", "true", "False", "TRUE", "null",
    "Null", "~", "1", "0", "-0", "007", "00", "0x1F", "0o17", "0b101", "1_000", "1:20",
    "190:20:30", "1.5", "1.50", ".5", "5.", "1e3", "1.0e+3", "-1.5", "+5", ".inf", "-.inf",
    ".NaN", "2021", "2021-04", "2021-04-15", "2001-12-14t21:59:43.10-05:00", "Wat nu?",
    "Vlaanderen & Brussel", "a: b", "x #y", "é ü ✓", "it's", 'zeg "ja"', "back\\slash",
    "", " lead", "trail ", "50%", "@home", "`tick`", "- item", "*ster*", "!bang", "&amp",
    "[x]", "{y}", "a,b", "Y", "n", "<<", "=", "12e", "1,5", "3:60",
]  # fmt: skip
MARKDOWN = [
    "- *nadruk* en **vet**", "**Let op**: tekst", "* lijst", "& ook", "? vraag", "! uitroep",
    "<< pijl", "@naam", "`code`", "[link](https://x.be)", "- [ ] taak", "&x", "*x", "!!str",
    "---", "...", "# kop", "%", "a: b", "{x: 1}",
]  # fmt: skip
KEYS = ["id", "titel", "code", "van", "tot", "yes", "2021", "1.5", "on", "a b", "é"]


def typed(value):
    """A comparable form that tells 1, 1.0 and True apart."""
    if isinstance(value, dict):
        return {k: typed(v) for k, v in value.items()}
    if isinstance(value, list):
        return [typed(v) for v in value]
    return (type(value).__name__, repr(value))


def scalar(rng: random.Random, indent: str) -> str:
    word = rng.choice(WORDS)
    style = rng.randrange(6)
    if style == 0:
        return word
    if style == 1:
        return "'" + word.replace("'", "''") + "'"
    if style == 2:
        return json.dumps(word, ensure_ascii=rng.random() < 0.5)
    if style == 3:
        second = rng.choice(WORDS)
        return f"{rng.choice(['|', '>', '|-', '>+'])}\n{indent}  {word}\n{indent}  {second}"
    if style == 3 and rng.random() < 0.5:  # Markdown in a block: text, not YAML
        lines = [rng.choice(MARKDOWN) for _ in range(rng.randint(1, 3))]
        deeper = rng.choice(["", "  "])
        body = "".join(f"\n{indent}  {rng.choice(['', deeper])}{line}" for line in lines)
        return rng.choice(["|", ">", "|-"]) + body
    if style == 4:  # a plain scalar over two lines
        return f"{word}\n{indent}  {rng.choice(WORDS)}"
    return f"{word} {rng.choice(WORDS)}"


def mapping(rng: random.Random, indent: str, depth: int) -> str:
    lines = []
    for _ in range(rng.randint(1, 4)):
        key = rng.choice(KEYS)
        kind = rng.randrange(4) if depth < 3 else 0
        if kind == 0:
            lines.append(f"{indent}{key}: {scalar(rng, indent)}")
        elif kind == 1:
            items = ", ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 3)))
            lines.append(f"{indent}{key}: [{items}]")
        elif kind == 2:
            lines.append(f"{indent}{key}:")
            for _ in range(rng.randint(1, 3)):
                lines.append(f"{indent}  - {scalar(rng, indent + '    ')}")
        else:
            lines.append(f"{indent}{key}:")
            lines.append(mapping(rng, indent + "  ", depth + 1))
    return "\n".join(lines)


def mutate(rng: random.Random, text: str) -> str:
    """Editors' slips: a line indented differently, dropped, or doubled."""
    lines = text.split("\n")
    i = rng.randrange(len(lines))
    slip = rng.randrange(4)
    if slip == 0:
        lines[i] = "  " + lines[i]
    elif slip == 1:
        lines[i] = lines[i][2:] if lines[i].startswith("  ") else lines[i]
    elif slip == 2:
        del lines[i]
    else:
        lines.insert(i, lines[i])
    return "\n".join(lines)
