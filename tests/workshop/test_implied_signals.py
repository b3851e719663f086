"""The warning signals that missed KPIs imply, from their names and units in English and French."""

from decimal import Decimal

import pytest

from workshop.case import CampaignCase, Kpi
from workshop.steps.signals import implied_signals
from workshop.vocabulary import SignalId


def missed(name: str, unit: str = "", *, lower_is_better: bool = False) -> Kpi:
    """A KPI that fell short of its target in its own direction."""
    if lower_is_better:
        return Kpi(
            name=name, unit=unit, target=Decimal(10), actual=Decimal(20), higher_is_better=False
        )
    return Kpi(name=name, unit=unit, target=Decimal(20), actual=Decimal(10))


def met(name: str) -> Kpi:
    """A KPI that reached its target."""
    return Kpi(name=name, target=Decimal(10), actual=Decimal(12))


def implied_by(*kpis: Kpi) -> set[SignalId]:
    return implied_signals(CampaignCase(kpis=list(kpis)))


@pytest.mark.parametrize(
    ("name", "signal"),
    [
        ("Conversion rate", "low_conversion"),
        ("Taux de conversion", "low_conversion"),
        ("CTR", "low_conversion"),
        ("Clicks on the banner", "low_conversion"),
        ("Taux de clic", "low_conversion"),
        ("ROI", "low_roi"),
        ("ROAS", "low_roi"),
        ("Revenue", "low_roi"),
        ("Chiffre d'affaires", "low_roi"),
        ("Chiffre d\u2019affaires généré", "low_roi"),
        ("Churn", "high_churn"),
        ("Unsubscribe rate", "high_churn"),
        ("Taux de désabonnement", "high_churn"),
        ("Désinscriptions", "high_churn"),
        ("Attrition", "high_churn"),
        ("Engagement rate", "weak_engagement"),
        ("Likes", "weak_engagement"),
        ("Partages", "weak_engagement"),
        ("Commentaires", "weak_engagement"),
        ("Nouveaux abonnés", "weak_engagement"),
        ("Followers", "weak_engagement"),
        ("Reviews", "negative_sentiment"),
        ("NPS", "negative_sentiment"),
        ("Satisfaction client", "negative_sentiment"),
        ("Avis positifs", "negative_sentiment"),
        ("Sentiment score", "negative_sentiment"),
    ],
)
def test_a_missed_kpi_implies_its_signal(name: str, signal: SignalId) -> None:
    """A missed KPI named after a signal's measure implies that signal."""
    assert implied_by(missed(name)) == {signal}


@pytest.mark.parametrize("name", ["CAC", "Cost per acquisition", "Coût par acquisition", "CPA"])
def test_a_cost_above_target_implies_low_roi(name: str) -> None:
    """A cost KPI (lower is better) that went over its target implies a low ROI."""
    assert implied_by(missed(name, "EUR", lower_is_better=True)) == {"low_roi"}


def test_matching_ignores_case_and_accents() -> None:
    """Capitals and accents do not matter: DÉSABONNEMENT and desabonnement are the same word."""
    assert implied_by(missed("DÉSABONNEMENT")) == {"high_churn"}
    assert implied_by(missed("desabonnement")) == {"high_churn"}


def test_the_unit_counts_as_well_as_the_name() -> None:
    """A KPI whose unit names the measure ("clicks") implies its signal."""
    assert implied_by(missed("Banner results", "clicks")) == {"low_conversion"}


def test_met_kpis_imply_nothing() -> None:
    """A KPI that reached its target implies no signal, whatever its name."""
    assert implied_by(met("Conversion rate"), met("Churn")) == set()


def test_kpis_without_values_imply_nothing() -> None:
    """A KPI with no actual value yet is not missed, so it implies nothing."""
    assert implied_by(Kpi(name="Conversion rate", target=Decimal(5))) == set()


def test_short_names_match_whole_words_only() -> None:
    """ROI inside another word ("croissance", "froid") does not imply a low ROI."""
    assert implied_by(missed("Croissance du trafic froid")) == set()


def test_unrelated_kpis_imply_nothing() -> None:
    """A missed KPI that names no known measure implies nothing."""
    assert implied_by(missed("Booth visitors")) == set()


def test_several_missed_kpis_add_up() -> None:
    """Each missed KPI brings its signals; one KPI can name two measures."""
    kpis = (missed("Conversion rate"), missed("Churn"), missed("Revenue and NPS"))
    assert implied_by(*kpis) == {"low_conversion", "high_churn", "low_roi", "negative_sentiment"}
