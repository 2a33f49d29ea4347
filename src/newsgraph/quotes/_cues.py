"""Cue words: the verbs (by lemma) and phrases that introduce reported speech or thought."""

from __future__ import annotations

__all__ = ["SPEECH_VERBS", "THOUGHT_VERBS", "CUE_VERBS", "EXPRESSION_VERBS"]

# verbs of saying: their clausal complement is what was said
SPEECH_VERBS = frozenset("""
say tell add note argue claim explain write state report announce insist warn suggest acknowledge
admit assert contend declare deny maintain reply respond recall predict promise vow pledge urge ask
hint indicate stress emphasize emphasise confirm complain concede tweet testify reveal observe
remark comment conclude allege charge counter joke quip mention recount speculate boast lament
signal proclaim assure inform remind answer posit caution threaten demand propose recommend
disclose divulge affirm reiterate repeat insinuate imply acknowledge admit brag concur retort
clarify estimate forecast guarantee protest object plead pronounce
""".split())
# verbs of thinking, finding and showing: PolNeAR-style attribution of beliefs and findings
THOUGHT_VERBS = frozenset("""
believe think feel find show fear worry hope expect suspect doubt know agree decide reckon
conclude learn hear understand acknowledge recognize recognise realize realise determine judge
""".split())
CUE_VERBS = SPEECH_VERBS | THOUGHT_VERBS
# verbs that take a quoted phrase as their object: `expressed “his gratitude”`, `called it “a sham”`
EXPRESSION_VERBS = frozenset("""
express voice call describe label dub term brand thank praise criticize criticise condemn
welcome applaud blast slam denounce dismiss characterize characterise offer send
""".split())
