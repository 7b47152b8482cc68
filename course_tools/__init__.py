"""The course's own tooling.

The lessons in ``docs/`` are the single source of truth: this package finds their
code blocks, writes the whole programs among them to ``examples/`` and runs those
programs the way a reader does, so that every page can be trusted.
"""
