"""Speed benchmark: documents per second on generated 500-700-word news articles.

The articles are assembled deterministically (seeded) from invented newswire sentences
so the benchmark needs no data files. Peak RSS comes from resource.getrusage; it is
sampled after a warm-up and at the end so a leak shows up as growth.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import resource
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

_SENTENCES = (
    "The talks, which opened on Monday in the capital, are expected to resume Tuesday.",
    "Officials said on Friday that the agreement signed on December 30 was still holding.",
    "Nearly six years of war have killed more than 310,000 people, according to monitors.",
    "The delegation of 14 members arrived last week and will stay until next month.",
    "In recent weeks, fighting has intensified around the city, residents said.",
    "A month after the ceasefire, aid convoys had reached only a few of the besieged towns.",
    "Prices rose 3.2 percent in the third quarter from a year earlier, the ministry said.",
    "The company expects to report results for the fiscal year ending March 31, 2017.",
    "Two days later, the envoy travelled to Geneva for a new round of consultations.",
    "The minister, who has held the post since 2011, may march with protesters on Sunday.",
    "Elections were held in the 1990s, but the opposition boycotted them in early 2000.",
    "Shares fell $27 to close at $1,942 on Wednesday, the lowest level in five years.",
    "The summit is set for mid-December, two weeks before the end of the year.",
    "Trucks arrive every Monday and leave at 2:30 p.m. the following day.",
    "The 12 people detained yesterday were released this morning, police said.",
    "He told the Sunday Times that the plan had been discussed for months.",
    "The central bank will meet again in the spring to review the 2017-2018 budget.",
    "Since the start of the year, more than 1,500 refugees have crossed the border each day.",
    "Local elections are scheduled for 30 May 2017, the electoral commission said.",
    "The 24-hour strike, the third this year, disrupted flights at the airport on Thursday.",
    "Last year's talks collapsed after 10 days; this time negotiators hope to do better.",
    "The rebels said they had held the town for the past three years.",
    "At the time, analysts expected growth to slow in the coming months.",
    "Inflation has averaged 4 percent annually over the last decade, the report said.",
)


# Most sentences of a news story carry no date; these keep the density realistic
# (about 15-25 expressions per article, as in the Reuters and TimeBank stories).
_FILLER = (
    "The opposition coalition rejected the proposal, saying it ignored the demands of "
    "protesters and would leave the security services untouched.",
    "Diplomats at the United Nations said the resolution drafted by France and Britain "
    "could be put to a vote if Russia and China dropped their objections.",
    "Residents described long queues outside bakeries and petrol stations, and said "
    "electricity was available for only a few hours in some districts.",
    "The International Committee of the Red Cross called on all sides to allow medical "
    "teams to reach the wounded and to respect international humanitarian law.",
    "Oil output has fallen to a fraction of its pre-war level of 1.6 million barrels, "
    "according to industry sources, and exports through the eastern ports have stopped.",
    "Analysts said the government's position had weakened as defections mounted among "
    "senior officers and diplomats posted abroad.",
    "A spokesman for the rebel council said fighters had pushed west along the coastal "
    "road but were pinned down by artillery fire near the oil town.",
    "The European Union agreed to extend sanctions to several state-owned companies and "
    "to freeze the assets of members of the leader's family.",
    "Aid agencies warned that stocks of food and medicine were running low and that "
    "thousands of migrant workers remained stranded at the border crossing.",
    "Reporters taken on a government-organised tour were not allowed to speak freely to "
    "residents, and officials monitored their movements closely.",
)


def generate_articles(count: int, seed: int = 2017) -> list[tuple[str, dt.date]]:
    """``count`` (text, DCT) pairs of 500-700 words each."""
    rng = random.Random(seed)  # noqa: S311 - reproducible test data, not cryptography
    articles = []
    for index in range(count):
        words = rng.randint(500, 700)
        sentences: list[str] = []
        total = 0
        while total < words:
            pool = _SENTENCES if rng.random() < 0.35 else _FILLER
            sentence = rng.choice(pool)
            sentences.append(sentence)
            total += len(sentence.split())
        paragraphs = [" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)]
        dct = dt.date(2010, 1, 1) + dt.timedelta(days=index % 3000)
        articles.append(("\n\n".join(paragraphs), dct))
    return articles


def peak_rss_mib() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # ru_maxrss is in kilobytes on Linux and bytes on macOS.
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def run_bench(annotate: Callable, documents: int = 2000, memory_documents: int = 10000) -> dict:
    """Time ``annotate`` over generated articles; check memory stays flat over many more."""
    articles = generate_articles(min(documents, 1000))
    for text, dct in articles[:20]:
        annotate(text, dct)  # warm up (regex compilation, caches of the re module)
    start = time.perf_counter()
    cpu_start = time.process_time()
    timexes = 0
    for i in range(documents):
        text, dct = articles[i % len(articles)]
        timexes += len(annotate(text, dct))
    elapsed = time.perf_counter() - start
    # CPU time is what one core spends; wall time also counts other processes' turns.
    cpu = time.process_time() - cpu_start
    rss_after_timing = peak_rss_mib()
    for i in range(memory_documents):
        text, dct = articles[i % len(articles)]
        annotate(text, dct)
    words = sum(len(text.split()) for text, _ in articles) / len(articles)
    return {
        "documents": documents,
        "mean_words": round(words),
        "seconds": round(elapsed, 3),
        "docs_per_second": round(documents / elapsed, 1),
        "docs_per_cpu_second": round(documents / cpu, 1),
        "timexes_per_document": round(timexes / documents, 1),
        "peak_rss_mib_after_timing": round(rss_after_timing, 1),
        "memory_documents": memory_documents,
        "peak_rss_mib_after_memory_run": round(peak_rss_mib(), 1),
    }


_FILE_DATE = re.compile(r"(?<!\d)(\d{4})-(\d\d)-(\d\d)(?!\d)")


def read_texts(directory: str | Path) -> list[tuple[str, dt.date | None]]:
    """Every ``*.txt`` under ``directory``, dated by a YYYY-MM-DD in its file name if any."""
    texts = []
    for path in sorted(Path(directory).rglob("*.txt")):
        found = _FILE_DATE.search(path.name)
        dct = dt.date(*map(int, found.groups())) if found else None
        texts.append((path.read_text(encoding="utf-8", errors="replace"), dct))
    return texts


def run_text_bench(annotate: Callable, texts: list, passes: int = 5) -> dict:
    """Real articles: documents per CPU-second, the median of ``passes`` passes."""
    if not texts:
        raise ValueError("no .txt files to time")
    for text, dct in texts[:20]:
        annotate(text, dct)
    rates = []
    for _ in range(passes):
        cpu_start = time.process_time()
        for text, dct in texts:
            annotate(text, dct)
        rates.append(len(texts) / max(time.process_time() - cpu_start, 1e-9))
    return {
        "text_documents": len(texts),
        "text_mean_words": round(sum(len(text.split()) for text, _ in texts) / len(texts)),
        "text_docs_per_cpu_second_median": round(statistics.median(rates), 1),
        "text_docs_per_cpu_second_range": f"{min(rates):.0f}-{max(rates):.0f}",
    }
