"""When a text may stand unquoted in YAML that Planwijzer writes: only when it reads back
as that same text under YAML 1.1 (PyYAML, which Planwijzer reads with) and under YAML 1.2
(the CMS's reader, in which '08', '019', '0o17' and '1e5' are numbers)."""

from __future__ import annotations

import yaml
from ruamel.yaml.nodes import ScalarNode as Scalar12
from ruamel.yaml.resolver import VersionedResolver

TEXT = "tag:yaml.org,2002:str"
DATE = "tag:yaml.org,2002:timestamp"
_YAML_12 = VersionedResolver(version=(1, 2))
_BREAKS_OF_1_1 = "\x85\u2028\u2029"  # NEL, LS, PS: line breaks in YAML 1.1 only


def plain_in_both(dumper: yaml.SafeDumper, value: str, *, dates: bool = False) -> bool:
    """``value`` may be written plain: both versions read it back as text (with ``dates``,
    a date may stay plain as well: the CMS writes 'peildatum: 2023-12-31' so)."""
    allowed = {TEXT, DATE} if dates else {TEXT}
    here = dumper.resolve(yaml.ScalarNode, value, (True, False))
    # ruamel answers with a Tag object that equals its text but does not hash like it
    elsewhere = str(_YAML_12.resolve(Scalar12, value, (True, False)))
    breaks = any(c in _BREAKS_OF_1_1 for c in value)
    return here in allowed and elsewhere in allowed and not breaks
