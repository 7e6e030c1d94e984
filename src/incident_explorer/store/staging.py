"""A file written next to its target and put in place as part of a database transaction.

In: the target path. Out: a temporary copy to write to, then ``publish`` (atomic rename over
the target) or ``revert`` (the target as it was before). Used to save a user place together
with the article it was chosen for: both are saved, or neither.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


class StagedFile:
    """A copy of ``target`` in the same folder (so the rename is atomic) to edit freely."""

    def __init__(self, target: Path) -> None:
        self.target = target
        self.previous = target.read_bytes() if target.exists() else None
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=target.suffix, dir=target.parent)
        with os.fdopen(fd, "wb") as fh:
            fh.write(self.previous or b"")
        self.path = Path(name)
        self.published = False

    def publish(self) -> None:
        os.replace(self.path, self.target)
        self.published = True

    def revert(self) -> None:
        """Undo: drop the copy, or, once published, put the previous content back."""
        if not self.published:
            self.path.unlink(missing_ok=True)
            return
        if self.previous is None:
            self.target.unlink(missing_ok=True)
            return
        back = StagedFile(self.target)
        back.path.write_bytes(self.previous)
        back.publish()
