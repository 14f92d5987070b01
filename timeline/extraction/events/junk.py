"""Clauses that report no event an editor would list, whatever their date.

- A market move: a traded thing (a price, an index, a currency, shares, a commodity) that
  rises, falls or trades ("Brent crude rose $2 on Monday", "Nikkei slips 1.2 percent").
  Markets reports date every sentence, and none of it belongs on a news timeline.
- A negated happening: "Brandt did not attend the debate on Thursday" says the attendance
  did not take place; "never" and "no longer" likewise.
"""

from __future__ import annotations

from .clauses import VerbGroup
from .tokens import Token

MARKET_WORDS = frozenset(
    "brent crude futures gold silver bullion copper platinum palladium metal metals dollar "
    "dollars euro euros yen sterling pound franc yuan rouble ruble currency currencies shares "
    "stocks stock equities index indexes indices nikkei dow nasdaq s&p ftse dax cac kospi "
    "sensex treasuries treasury bonds bond notes yields yield prices price premium spread "
    "markets bourse benchmark contract contracts barrel wti spot".split()
)
MOVE_VERBS = frozenset(
    "rise fall gain lose slip slide climb jump drop ease dip edge rebound recover surge soar "
    "plunge tumble slump rally hit trade close settle stay hold add shed fluctuate struggle "
    "firm weaken strengthen retreat advance touch reach top finish open extend pare spike "
    "shoot sink decline hover rocket stabilise stabilize outperform underperform".split()
)


def is_market_move(subject: list[Token], group: VerbGroup) -> bool:
    """A price, index, currency or commodity that moves: "U.S. crude futures eased to $97"."""
    if group.main_base not in MOVE_VERBS and group.base not in MOVE_VERBS:
        return False
    return any(token.bare in MARKET_WORDS for token in subject if token.is_word)


def is_negated(group: VerbGroup) -> bool:
    """ "did not attend", "has never visited", "will not sign": no such event."""
    return group.negated
