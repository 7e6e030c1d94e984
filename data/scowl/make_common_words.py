"""Write common_words.txt: the lower-case English words of SCOWL's American English list.

The list is Debian's `wamerican` package (SCOWL, size 50: /usr/share/dict/american-english);
`apt-get download wamerican && dpkg-deb -x wamerican_*.deb x` unpacks it without installing.
Only words of lower-case letters a-z, three or more: a capitalised entry is a proper name, and
what the spotter asks is whether a capitalised name is also an ordinary word ("Split", "Carry").

Run: python data/scowl/make_common_words.py [PATH_TO_american-english]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_WORD = re.compile(r"[a-z]{3,}")
HEADER = """\
# Common English words (lower case), one a line: the entries of SCOWL's American English word
# list (Debian package wamerican 2020.12.07-2, /usr/share/dict/american-english) written in
# lower case letters only, three letters or more. Made by make_common_words.py; see README.md.
# Copyright 2000-2011 by Kevin Atkinson. Permission to use, copy, modify, distribute and sell
# these word lists, the associated scripts, the output created from the scripts, and its
# documentation for any purpose is hereby granted without fee, provided that the above copyright
# notice appears in all copies and that both that copyright notice and this permission notice
# appear in supporting documentation. Kevin Atkinson makes no representations about the
# suitability of this array for any purpose. It is provided "as is" without express or implied
# warranty.
"""


def main() -> None:
    src = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/dict/american-english")
    words = sorted({w for w in src.read_text(encoding="utf-8").split() if _WORD.fullmatch(w)})
    (HERE / "common_words.txt").write_text(HEADER + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words")


if __name__ == "__main__":
    main()
