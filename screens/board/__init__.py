"""The failure board screen and its pieces."""
