"""Rule-based commitment extraction. The engine is separate from the rules (data files).

Public API (used by the CLI and the store; keep it stable):

    ex = Extractor.load(rules_path=None, actors_path=None)   # raises RuleError on a bad file
    findings: list[Finding] = ex.extract(doc)                # pure: no I/O, no database
    findings, claims = ex.extract_all(doc)                   # and the claims (reports on a fate)
    ex.rules -> list[Rule]                                   # for `tracker rules`
    ex.lookup_actor("paris") -> ActorInfo | None             # canonical name, type, aliases
"""

from tracker.extract import recache

recache.install()  # (before the modules below compile their patterns)

from tracker.extract.engine import ActorInfo, Extractor, Rule, RuleError
from tracker.extract.model import KINDS, OUTCOMES, Claim, Document, Finding

__all__ = ["ActorInfo", "Claim", "Document", "Extractor", "Finding", "KINDS", "OUTCOMES", "Rule", "RuleError"]
