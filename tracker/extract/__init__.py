"""Rule-based commitment extraction. The engine is separate from the rules (data files).

Public API (used by the CLI and the store; keep it stable):

    ex = Extractor.load(rules_path=None, actors_path=None)   # raises RuleError on a bad file
    findings: list[Finding] = ex.extract(doc)                # pure: no I/O, no database
    ex.rules -> list[Rule]                                   # for `tracker rules`
    ex.lookup_actor("paris") -> ActorInfo | None             # canonical name, type, aliases
"""

from tracker.extract.engine import ActorInfo, Extractor, Rule, RuleError
from tracker.extract.model import KINDS, Document, Finding

__all__ = ["ActorInfo", "Document", "Extractor", "Finding", "KINDS", "Rule", "RuleError"]
