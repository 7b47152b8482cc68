"""Claims a lesson makes about a timing output: read exactly, and false when the figures say so."""

from __future__ import annotations

import pytest

from course_tools.figures import ClaimError, broken, median_output, parse_claims

OUTPUT = """\
последовательно: 0.63 с
2 процесса:      0.41 с, ускорение 1.5
2 потока:        0.55 с, ускорение 1.1
burn (CPU-bound)              0.101     0.094       0.056
"""


@pytest.mark.parametrize(
    "claims",
    [
        "«2 процесса:»#2 > 1.2",
        "«2 потока:»#2 < 1.15; «2 процесса:»#2 >= 1.5",
        "«burn (CPU-bound)»#2 > 0.9 * «burn (CPU-bound)»#1",
        "«burn (CPU-bound)»#3 < 0.8 * «burn (CPU-bound)»#1",
        "1.2 < «2 процесса:»#2",
    ],
)
def test_claims_the_output_bears_out_hold(claims: str) -> None:
    assert broken(parse_claims(claims), OUTPUT) == []


def test_a_contradicted_claim_is_explained_with_its_figures() -> None:
    assert broken(parse_claims("«2 потока:»#2 > 1.3"), OUTPUT) == [
        "«2 потока:»#2 > 1.3: 1.1 > 1.3 is false"
    ]


@pytest.mark.parametrize(
    "claims, message",
    [
        ("«ускорение» > 1", "stands on 2 lines of the output, not one"),
        ("«нет такой метки» > 1", "stands on 0 lines"),
        ("«2 потока:»#3 > 1", "no number #3"),
    ],
)
def test_a_label_must_name_one_line_and_a_number_on_it(claims: str, message: str) -> None:
    (problem,) = broken(parse_claims(claims), OUTPUT)
    assert message in problem


@pytest.mark.parametrize("claims", ["ускорение > 1", "«a» = 1", "«a» > b", "«a» > 1 > 2"])
def test_a_malformed_claim_is_refused(claims: str) -> None:
    with pytest.raises(ClaimError):
        parse_claims(claims)


def test_the_median_run_is_recorded() -> None:
    runs = [f"ускорение {v}\n" for v in ("1.9", "0.7", "1.4", "1.2", "1.6")]
    assert median_output(runs, parse_claims("«ускорение»#1 > 1")) == "ускорение 1.4\n"
