"""The time box of a step: a planned duration, a clock that can pause, and gentle overtime."""

from dataclasses import dataclass, replace


@dataclass(frozen=True, slots=True)
class TimeBox:
    """A step's timer. Times are seconds from any monotonic clock; the caller passes `now`."""

    planned: float
    """How long the step is meant to take, extensions included."""
    elapsed: float = 0.0
    """Time spent before the current run started."""
    running_since: float | None = None
    """When the current run started; None while paused."""

    @classmethod
    def of_minutes(cls, minutes: int) -> "TimeBox":
        """A paused box planned for `minutes`."""
        return cls(planned=minutes * 60.0)

    @property
    def running(self) -> bool:
        """True while the clock runs."""
        return self.running_since is not None

    def spent(self, now: float) -> float:
        """Seconds spent in the step so far."""
        if self.running_since is None:
            return self.elapsed
        return self.elapsed + max(0.0, now - self.running_since)

    def remaining(self, now: float) -> float:
        """Seconds left; negative once the time is up."""
        return self.planned - self.spent(now)

    def is_over(self, now: float) -> bool:
        """True once the planned time has run out."""
        return self.remaining(now) < 0

    def start(self, now: float) -> "TimeBox":
        """The box running from `now` (unchanged if already running)."""
        return self if self.running else replace(self, running_since=now)

    def pause(self, now: float) -> "TimeBox":
        """The box stopped at `now`, keeping the time spent."""
        if not self.running:
            return self
        return replace(self, elapsed=self.spent(now), running_since=None)

    def toggle(self, now: float) -> "TimeBox":
        """Pause a running box, or start a paused one."""
        return self.pause(now) if self.running else self.start(now)

    def extend(self, seconds: float) -> "TimeBox":
        """The box with `seconds` more planned."""
        return replace(self, planned=self.planned + seconds)

    def reset(self, now: float, planned: float) -> "TimeBox":
        """A fresh box planned for `planned` seconds, running from `now` if this one ran."""
        return TimeBox(planned=planned, running_since=now if self.running else None)


def clock_face(seconds: float) -> str:
    """Seconds as m:ss, with a minus sign for overtime (e.g. "-1:05")."""
    sign = "-" if seconds < 0 else ""
    whole = int(abs(seconds))
    return f"{sign}{whole // 60}:{whole % 60:02d}"
