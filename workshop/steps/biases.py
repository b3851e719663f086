"""The bias check: how the group judged its own analysis against each bias."""

from collections.abc import Mapping

from workshop.session import BiasCheck
from workshop.vocabulary import BiasId, BiasStatus

NEXT_STATUS: dict[BiasStatus, BiasStatus] = {
    "not_discussed": "cleared",
    "cleared": "present",
    "present": "not_discussed",
}
"""The status a bias takes when the facilitator moves it on (space)."""


def check_of(biases: Mapping[BiasId, BiasCheck], bias: BiasId) -> BiasCheck:
    """How the group judged `bias`; a bias nobody looked at is not discussed."""
    return biases.get(bias, BiasCheck())


def with_check(
    biases: Mapping[BiasId, BiasCheck], bias: BiasId, check: BiasCheck
) -> dict[BiasId, BiasCheck]:
    """The checks with `check` kept for `bias`; an untouched bias (no status, no note) is left
    out, so the page lists only what was discussed."""
    result = dict(biases)
    if check.status == "not_discussed" and not check.note.strip():
        result.pop(bias, None)
    else:
        result[bias] = check
    return result


def present_count(biases: Mapping[BiasId, BiasCheck]) -> int:
    """How many biases the group found present."""
    return sum(1 for check in biases.values() if check.status == "present")
