"""The library: the home screen, a new session, the follow-up of open actions."""
