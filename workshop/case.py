"""The case under review: the campaign, its objective and the KPIs that measured it."""

from datetime import date
from decimal import Decimal
from typing import Annotated

from pydantic import Field, model_validator

from workshop.base import Model
from workshop.errors import BROKEN, InvalidSessionError
from workshop.ids import new_id

Number = Annotated[Decimal, Field(allow_inf_nan=False, max_digits=30)]


class Kpi(Model):
    """A key performance indicator of the campaign, with what was aimed for and what happened."""

    id: str = Field(default_factory=new_id, min_length=1, max_length=64)
    name: str
    """What is measured, in the team's words (e.g. "Conversion rate")."""
    unit: str = ""
    """The unit shown after values (e.g. "%", "EUR", "clicks")."""
    target: Number | None = None
    """The value the campaign aimed for."""
    actual: Number | None = None
    """The value the campaign reached."""
    higher_is_better: bool = True
    """False for KPIs where less is better, such as cost per acquisition or churn."""

    @property
    def gap(self) -> Decimal | None:
        """Actual minus target; None until both are known."""
        if self.target is None or self.actual is None:
            return None
        return self.actual - self.target

    @property
    def gap_percent(self) -> Decimal | None:
        """The gap as a percentage of the target; None when the target is zero or unknown."""
        gap = self.gap
        if gap is None or self.target is None or self.target == 0:
            return None
        return gap * 100 / abs(self.target)

    @property
    def missed(self) -> bool:
        """True when the actual value fell short of the target in the KPI's direction."""
        gap = self.gap
        if gap is None:
            return False
        return gap < 0 if self.higher_is_better else gap > 0


class CampaignCase(Model):
    """Step 0: what the campaign was, what it aimed for and how it was measured."""

    campaign: str = ""
    """The campaign's name; it titles the session."""
    period_start: date | None = None
    """First day of the campaign."""
    period_end: date | None = None
    """Last day of the campaign."""
    channels: list[str] = Field(default_factory=list)
    """The channels used (email, paid social, events...)."""
    budget: Number | None = None
    """The money spent or committed."""
    currency: str = ""
    """The budget's currency (e.g. "EUR")."""
    objective: str = ""
    """The objective the campaign had, ideally SMART."""
    kpis: list[Kpi] = Field(default_factory=list)
    """The KPIs with their target and actual values."""

    @model_validator(mode="after")
    def _period_in_order(self) -> "CampaignCase":
        if self.period_start and self.period_end and self.period_end < self.period_start:
            raise InvalidSessionError(BROKEN["period_order"])
        return self

    @property
    def missed_kpis(self) -> list[Kpi]:
        """The KPIs whose actual value fell short of their target."""
        return [kpi for kpi in self.kpis if kpi.missed]
