"""Clauses that report no event an editor would list, whatever their date.

- A market move: a traded thing (a price, an index, a currency, shares, a commodity) that
  rises, falls or trades ("Brent crude rose $2 on Monday", "Nikkei slips 1.2 percent", "the
  rupee weakened", "the crown rose 1.2 percent against the euro", "shares were up").
  Markets reports date every sentence, and none of it belongs on a news timeline.
- A negated happening: "Brandt did not attend the debate on Thursday" says the attendance
  did not take place; "never" and "no longer" likewise.
"""

from __future__ import annotations

from .clauses import VerbGroup
from .tokens import Token

MARKET_WORDS = frozenset(
    "brent crude futures gold silver bullion copper platinum palladium metal metals "
    "shares stocks stock equities index indexes indices nikkei dow nasdaq s&p ftse dax cac "
    "kospi sensex topix stoxx msci bovespa hang seng treasuries treasury bonds bond notes "
    "yields yield prices price premium spread markets bourse benchmark contract contracts "
    "barrel wti spot aluminium aluminum nickel zinc ore wheat corn maize soybeans soybean "
    "soymeal coffee cocoa sugar cotton rubber palm bitcoin".split()
)
# Currencies by name: "the rupee weakened", "the dollar rose". "Won", "real" and "crown" are
# also common words: they count only by the currency they trade against ("against the euro").
CURRENCIES = frozenset(
    "dollar dollars euro euros yen sterling pound pounds franc francs yuan renminbi rouble "
    "ruble roubles rubles rupee rupees rupiah ringgit baht peso pesos rand lira krona kronor "
    "krone kroner zloty forint shekel shekels dinar dinars dirham dirhams riyal riyals rial "
    "naira shilling hryvnia tenge lev leu kuna koruna greenback loonie currency "
    "currencies".split()
)
MOVE_VERBS = frozenset(
    "rise fall gain lose slip slide climb jump drop ease dip edge rebound recover surge soar "
    "plunge tumble slump rally hit trade close settle stay hold add shed fluctuate struggle "
    "firm weaken strengthen retreat advance touch reach top finish open extend pare spike "
    "shoot sink decline hover rocket stabilise stabilize outperform underperform "
    "appreciate depreciate".split()
)
# "Suncor shares were up 51 cents": a copula and one of these is a move too.
_MOVE_PREDICATES = frozenset("up down higher lower flat unchanged steady firmer weaker".split())


def is_market_move(subject: list[Token], group: VerbGroup, after: list[Token] = ()) -> bool:
    """A price, index, currency or commodity that moves: "U.S. crude futures eased to $97",
    "the rupee weakened", "the crown rose 1.2 percent against the euro"."""
    moves = group.main_base in MOVE_VERBS or group.base in MOVE_VERBS
    if not moves and group.base == "be":
        following = next((t for t in after if t.is_word), None)
        moves = following is not None and following.lower in _MOVE_PREDICATES
    if not moves:
        return False
    words = [token.bare for token in subject if token.is_word]
    if any(word in MARKET_WORDS or word in CURRENCIES for word in words):
        return True
    # "the crown rose 1.2 percent against the euro": a currency's pair names the other.
    following = [token.bare for token in after[:12] if token.is_word and token.lower != "the"]
    return bool(words) and any(
        word in ("against", "versus") and following[index + 1] in CURRENCIES
        for index, word in enumerate(following[:-1])
    )


def is_negated(group: VerbGroup) -> bool:
    """ "did not attend", "has never visited", "will not sign": no such event."""
    return group.negated
