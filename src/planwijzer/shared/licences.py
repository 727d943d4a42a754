"""The licences a plan's open data may carry: an SPDX id Planwijzer knows, or a URL.

Open data needs a licence that a re-user can look up; the Data Package names it
with its title and address. The list holds the licences used for open government
data; any other licence is given by its URL.
"""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT = "CC-BY-4.0"


@dataclass(frozen=True)
class Licence:
    name: str  # an SPDX id, or the URL itself
    title: str
    path: str  # where it can be read

    def as_dict(self) -> dict[str, str]:
        return {"name": self.name, "title": self.title, "path": self.path}


KNOWN = {
    licence.name: licence
    for licence in (
        Licence("CC0-1.0", "Creative Commons Zero v1.0 Universal",
                "https://creativecommons.org/publicdomain/zero/1.0/"),
        Licence("CC-BY-4.0", "Creative Commons Attribution 4.0 International",
                "https://creativecommons.org/licenses/by/4.0/"),
        Licence("CC-BY-SA-4.0", "Creative Commons Attribution Share Alike 4.0 International",
                "https://creativecommons.org/licenses/by-sa/4.0/"),
        Licence("ODbL-1.0", "Open Data Commons Open Database License v1.0",
                "https://opendatacommons.org/licenses/odbl/1-0/"),
        Licence("ODC-By-1.0", "Open Data Commons Attribution License v1.0",
                "https://opendatacommons.org/licenses/by/1-0/"),
        Licence("PDDL-1.0", "Open Data Commons Public Domain Dedication & License 1.0",
                "https://opendatacommons.org/licenses/pddl/1-0/"),
        Licence("EUPL-1.2", "European Union Public License 1.2",
                "https://eupl.eu/1.2/nl/"),
    )
}  # fmt: skip


def is_url(text: str) -> bool:
    return text.startswith(("https://", "http://")) and " " not in text.strip()


def licence_for(text: str | None) -> Licence:
    """The licence plan.yaml names (checked before); the default when it names none."""
    text = (text or DEFAULT).strip()
    if text in KNOWN:
        return KNOWN[text]
    return Licence(text, text, text)  # a URL: its own title and address
