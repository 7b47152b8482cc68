"""What a lesson's text says about the figures of a timing output, checked.

Timings change from run to run, so a shown output compares with a new run only
after its ``varies="timings"`` rule blurs the numbers. The text beside it still
makes claims ("processes are faster", "threads give no speed-up"); an output block
states them in ``claims``, so that the output the page shows can never contradict
its own text::

    claims="«2 процесса:»#2 > 1.3; «2 потока:»#2 < 1.3"

A reference ``«label»#N`` is the N-th number (the first without ``#N``) after
``label`` on the one line of the output that holds it; a side is a reference, a
number, or a number times a reference (``0.9 * «…»``); the operators are
``<``, ``<=``, ``>``, ``>=``.
"""

from __future__ import annotations

import operator
import re
import statistics
from dataclasses import dataclass

NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
SIDE = re.compile(
    r"^\s*(?:(?P<factor>\d+(?:\.\d+)?)\s*\*\s*)?«(?P<label>[^»]+)»(?:#(?P<n>\d+))?\s*$"
)
PLAIN = re.compile(r"^\s*(?P<number>\d+(?:\.\d+)?)\s*$")
OPERATORS = {"<=": operator.le, ">=": operator.ge, "<": operator.lt, ">": operator.gt}
SPLIT = re.compile(r"(<=|>=|<|>)")


class ClaimError(ValueError):
    """A claim that cannot be read, or whose label the output does not hold once."""


@dataclass(frozen=True)
class Side:
    factor: float
    label: str | None  # None: a plain number, the factor
    index: int = 1

    def value(self, output: str) -> float:
        if self.label is None:
            return self.factor
        lines = [line for line in output.splitlines() if self.label in line]
        if len(lines) != 1:
            raise ClaimError(f"«{self.label}» stands on {len(lines)} lines of the output, not one")
        numbers = NUMBER.findall(lines[0].split(self.label, 1)[1])
        if len(numbers) < self.index:
            raise ClaimError(f"no number #{self.index} after «{self.label}» in {lines[0]!r}")
        return self.factor * float(numbers[self.index - 1].replace(",", "."))


@dataclass(frozen=True)
class Claim:
    text: str
    left: Side
    op: str
    right: Side

    def holds(self, output: str) -> bool:
        return OPERATORS[self.op](self.left.value(output), self.right.value(output))

    def explain(self, output: str) -> str:
        left, right = self.left.value(output), self.right.value(output)
        return f"{self.text}: {left:g} {self.op} {right:g} is false"


def _side(text: str, claim: str) -> Side:
    match = SIDE.match(text)
    if match:
        factor = float(match["factor"] or 1)
        return Side(factor, match["label"], int(match["n"] or 1))
    plain = PLAIN.match(text)
    if plain:
        return Side(float(plain["number"]), None)
    raise ClaimError(f"claims: cannot read {text.strip()!r} in {claim!r}")


def parse_claims(value: str | None) -> tuple[Claim, ...]:
    """``"«a»#2 > 1.3; «b» < 1"`` → claims; raises ClaimError on a malformed one."""
    found = []
    for text in (value or "").split(";"):
        text = text.strip()
        if not text:
            continue
        parts = SPLIT.split(text)
        if len(parts) != 3:
            raise ClaimError(f"claims: {text!r} is not «label» OP number")
        found.append(Claim(text, _side(parts[0], text), parts[1], _side(parts[2], text)))
    return tuple(found)


def broken(claims: tuple[Claim, ...], output: str) -> list[str]:
    """The claims an output contradicts, each explained with its figures."""
    problems = []
    for claim in claims:
        try:
            if not claim.holds(output):
                problems.append(claim.explain(output))
        except ClaimError as error:
            problems.append(f"{claim.text}: {error}")
    return problems


def median_output(outputs: list[str], claims: tuple[Claim, ...]) -> str:
    """The run in the middle: by the first claim's left side, else by the sum of its figures."""

    def key(output: str) -> float:
        if claims:
            try:
                return claims[0].left.value(output)
            except ClaimError:
                return 0.0
        return sum(float(n.replace(",", ".")) for n in NUMBER.findall(output))

    ordered = sorted(outputs, key=key)
    middle = statistics.median_low(range(len(ordered)))
    return ordered[middle]
