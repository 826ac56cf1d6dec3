"""Notification definitions, preferences, the inbox, fan-out and the weekly digest."""
