"""Bodies built to be the worst case for everything that renders user text.

Python-Markdown scans ahead from every "[" (and every "](") for its partner,
and copies a paragraph again for each piece of markup it finds, so runs and
mixes of these pieces once cost seconds to minutes per body. The tests feed
them to `compose()` and the checklist with a generous bound; `make bench`
(bench/compose.py) times them against the budgets: 100 ms to compose, 50 ms to review.
"""

import random

from hypothesis import strategies as st

LENGTH = 20_000

PIECES = [
    "[",
    "]",
    "](",
    "][",
    "[a](",
    "[a][",
    "[A ",
    "[[",
    "[](",
    "[x](y) ",
    "![",
    "`",
    "` a",
    "<",
    "<a ",
    "<!--",
    "<http://a.b> ",
    "a@b.c ",
    "*",
    "**a",
    "*_",
    "_",
    "__",
    ">",
    "> ",
    "- ",
    "* ",
    "1. ",
    "&amp;",
    "&#1;",
    "&",
    "\\",
    "\\[",
    "(",
    ")",
    "\n",
    "a\n",
    "  \n",
    "\n\n",
    "    ",
    "#",
    "---\n",
    "[x]: http://a\n",
    "{{ company }}",
    "{{",
    "}}",
    "I ",
    "not ",
    "thank you ",
    "HELLO ",
    "!!",
    "word ",
]


def repeated(piece: str, length: int = LENGTH) -> str:
    return (piece * (length // len(piece) + 1))[:length]


def mixed(pieces: list[str], seed: int, length: int = LENGTH) -> str:
    rng = random.Random(seed)
    parts, size = [], 0
    while size < length:
        piece = rng.choice(pieces)
        parts.append(piece)
        size += len(piece)
    return "".join(parts)[:length]


def named_cases() -> dict[str, str]:
    """Every piece as a run, then nested structures and a few fixed mixes."""
    cases = {f"run {piece!r}": repeated(piece) for piece in PIECES}
    cases["nested lists"] = repeated("- ", 6000) + "deep"
    cases["nested quotes and lists"] = repeated("> - ", 8000) + "deep"
    cases["indented lists"] = "\n".join(" " * (i % 400) + "- a" for i in range(2000))[:LENGTH]
    for seed, pieces in enumerate(
        [
            ["[", "](", "word "],
            ["[a](", ")", "\n"],
            ["<a ", "&#1;", "\n\n"],
            ["**a", "_", "[x](y) "],
            ["\n\n", "&", "\\", "\n"],
            ["> ", "\n", "("],
            ["I ", "!!", "not "],
        ]
    ):
        cases[f"mix {'+'.join(map(repr, pieces))}"] = mixed(pieces, seed)
    # One sentence that never ends, of the words the tone rule pairs up (an ask and their pay, never "up front").
    cases["one endless sentence of asks and pay"] = repeated(
        "please share the range and the band and the scope and the salary with me, "
    )
    return cases


# For hypothesis: up to four pieces, either as one repeated run or shuffled.
bodies = st.builds(
    mixed,
    st.lists(st.sampled_from(PIECES), min_size=1, max_size=4, unique=True),
    st.integers(min_value=0, max_value=2**32),
)
