"""Widgets only: they call core services and render models; no URLs, no SQLite."""
