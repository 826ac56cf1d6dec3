"""Shared by both stand-ins: envelope, requests, faults, clock, SQLite, the seeded people."""
