"""The library of sessions: the only code that speaks TinyDB or touches the library file."""
