"""Readings for what an actor states of itself in its own documents (manifestos, party
programmes, press releases, corporate reports): targets and goals ("our target is to
halve emissions", "we have set a goal to ...").

The cues are data (rules.toml: `commitment.target`, `intention.goal`); this module
holds what the engine asks of them.
"""

from __future__ import annotations

import re

# Cues whose noun is owned by the subject: in "our target is to ..." the possessive is
# who sets the target (in "his pledge to ..." a possessive only mentions a pledge).
POSSESSOR_CUES = frozenset(("commitment.target", "intention.goal"))
_POSSESSIVE_END = re.compile(r"(?<=\w)['’]s?$")
_PRONOUN_OF = {"our": "we", "my": "I", "its": "it", "their": "they", "his": "he", "her": "she"}


def possessor_subject(rule_id: str, subject: str) -> str:
    """The pronoun a possessive subject stands for under a possessor cue ("our" -> "we"),
    else `subject` unchanged ("Nintendo's" is resolved as a name)."""
    if rule_id not in POSSESSOR_CUES:
        return subject
    pronoun = _PRONOUN_OF.get(subject.lower())
    if pronoun:
        return pronoun
    return _POSSESSIVE_END.sub("", subject)  # "Nintendo's goal" -> "Nintendo"
