"""The interface's message catalogues: extract every message, bring the catalogues up
to date.

    python scripts/catalogues.py          # update src/planwijzer/shared/locales/*/...po
    python scripts/catalogues.py --check  # exit 1 when a catalogue lacks or keeps a message

Messages are found by Babel in the package's Python (``_()``, ``ngettext()``,
``pgettext()``) and Jinja templates (``{% trans %}``, ``_()``). A message's id is its
Dutch text: the Dutch catalogue repeats it (so the wording can change there), the
French and English ones translate it. An update keeps every translation, adds new
messages with an empty translation (to be filled in) and drops messages no code uses;
in French it puts a no-break space before ':' ';' '!' '?' wherever a translation has an
ordinary one or none.
"""

from __future__ import annotations

import argparse
import copy
import re
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

from planwijzer.shared.interface import DOMAIN, catalogue_path, punctuation, speaking
from planwijzer.shared.languages import LANGUAGES

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "planwijzer"
JINJA = "jinja2.ext:babel_extract"
JINJA_OPTIONS = {"extensions": "jinja2.ext.i18n", "trimmed": "true"}
# The page templates, the theme's own templates (outputs/mkdocs/theme), the code.
METHODS = [("**/templates/**.j2", JINJA), ("**/theme/**.html", JINJA), ("**.py", "python")]
OPTIONS = {"**/templates/**.j2": JINJA_OPTIONS, "**/theme/**.html": JINJA_OPTIONS}
MAIN = "nl"  # the language of the message ids


def extract() -> Catalog:
    """Every message the package's code and templates use, with where."""
    found = Catalog(domain=DOMAIN, project="Planwijzer")
    for file, line, message, comments, context in extract_from_dir(
        PACKAGE, METHODS, OPTIONS, strip_comment_tags=True
    ):
        found.add(message, None, [(file, line)], auto_comments=comments, context=context)
    return found


def read(code: str) -> Catalog:
    with catalogue_path(code).open("rb") as source:
        return read_po(source, locale=code, domain=DOMAIN)


def ids(catalogue: Catalog) -> set[tuple[str, str | None]]:
    """(id, context) of every message; a plural is known by its singular."""
    return {
        (message.id[0] if isinstance(message.id, tuple) else message.id, message.context)
        for message in catalogue
        if message.id
    }


def untranslated(catalogue: Catalog) -> list[str]:
    """Messages whose translation is empty or marked fuzzy."""
    empty = []
    for message in catalogue:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy or not all(strings):
            empty.append(message.id[0] if isinstance(message.id, tuple) else message.id)
    return empty


# A mark written after an ordinary space or none ('Pilote: ', 'Pilote : '): set apart
# the way the language does (French: a no-break space, shared.interface.punctuation).
_BEFORE_MARK = re.compile(r"(?<=[^\s\u00a0\u202f]) ?([:;!?])(?=\s|$|<|»)")


def typeset(code: str, text: str) -> str:
    """A translation with the language's spacing before punctuation."""
    if not text:  # a new message, not yet translated
        return text
    with speaking(code):
        return _BEFORE_MARK.sub(lambda found: punctuation(found.group(1)), text)


def update(code: str, template: Catalog) -> Catalog:
    path = catalogue_path(code)
    if path.exists():
        catalogue = read(code)
    else:
        catalogue = Catalog(
            locale=code,
            domain=DOMAIN,
            project="Planwijzer",
            version="1",
            copyright_holder="de makers van Planwijzer",
            fuzzy=False,
        )
    # Babel's update shares the template's messages: each catalogue gets its own copy.
    catalogue.update(copy.deepcopy(template), no_fuzzy_matching=True)
    catalogue.obsolete.clear()
    for message in catalogue:
        if message.id and isinstance(message.string, tuple):
            message.string = tuple(typeset(code, text) for text in message.string)
        elif message.id:
            message.string = typeset(code, message.string)
    if code == MAIN:  # the ids are Dutch: the Dutch text is the id, until someone words it
        for message in catalogue:
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            if message.id and (message.fuzzy or not all(strings)):
                message.string = message.id
                message.flags.discard("fuzzy")
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as out:
        write_po(out, catalogue, width=100, omit_header=False, sort_output=False)
    return catalogue


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="only report, change nothing")
    args = parser.parse_args(argv)
    template = extract()
    wanted = ids(template)
    problems = 0
    for code in LANGUAGES:
        if args.check:
            have = ids(read(code))
            for kind, items in (("ontbreekt", wanted - have), ("ongebruikt", have - wanted)):
                for message, _context in sorted(items, key=str):
                    print(f"{code}: {kind}: {message!r}")
                    problems += 1
        else:
            catalogue = update(code, template)
            empty = untranslated(catalogue)
            print(f"{code}: {len(wanted)} berichten, {len(empty)} nog te vertalen")
            problems += len(empty)
    return 1 if args.check and problems else 0


if __name__ == "__main__":
    sys.exit(main())
