"""Identifiers for sessions and the items inside them."""

import uuid


def new_id() -> str:
    """A random identifier: it carries no time and no order, which anonymity relies on."""
    return uuid.uuid4().hex
