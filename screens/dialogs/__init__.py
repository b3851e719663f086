"""Dialogs shared by the screens: forms, confirmations, choices, saving a page, help."""
