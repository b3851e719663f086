"""Turning a session into files a team keeps: a Markdown page for the wiki, a JSON copy."""
