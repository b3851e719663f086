"""The step timer: runs, pauses, extends, resets, and shows overtime."""

from workshop.timebox import TimeBox, clock_face


def test_a_new_box_is_paused_with_its_plan() -> None:
    """A box made from minutes is planned for that many seconds and not running."""
    box = TimeBox.of_minutes(10)
    assert box.planned == 600 and not box.running and box.remaining(1000.0) == 600


def test_running_box_counts_down() -> None:
    """Once started, the remaining time falls with the clock."""
    box = TimeBox.of_minutes(10).start(100.0)
    assert box.remaining(160.0) == 540


def test_pause_keeps_time_spent_and_stops_the_clock() -> None:
    """A paused box no longer counts, and keeps what was spent."""
    box = TimeBox.of_minutes(10).start(0.0).pause(30.0)
    assert box.spent(500.0) == 30 and not box.running


def test_toggle_restarts_where_it_stopped() -> None:
    """Resuming a paused box adds to the time already spent."""
    box = TimeBox.of_minutes(1).start(0.0).pause(20.0).toggle(100.0)
    assert box.spent(110.0) == 30


def test_overtime_is_negative_remaining() -> None:
    """Past the plan the box is over and shows negative time, without stopping."""
    box = TimeBox.of_minutes(1).start(0.0)
    assert box.is_over(61.0) and box.remaining(65.0) == -5 and box.running


def test_extend_adds_planned_time() -> None:
    """Extending gives more time to a box, even one already over."""
    box = TimeBox.of_minutes(1).start(0.0).extend(300)
    assert not box.is_over(61.0) and box.remaining(61.0) == 299


def test_reset_starts_again_with_the_plan() -> None:
    """Reset forgets time spent and extensions, and keeps running if it ran."""
    box = TimeBox.of_minutes(1).start(0.0).extend(60).reset(500.0, planned=60)
    assert box.planned == 60 and box.spent(510.0) == 10 and box.running


def test_clock_face() -> None:
    """Seconds show as m:ss, overtime with a minus sign."""
    assert clock_face(605) == "10:05"
    assert clock_face(-65) == "-1:05"
    assert clock_face(0.4) == "0:00"
