"""Across sessions: the failure board, recurring causes, the follow-up of actions, summaries."""
