"""Async httpx client for OptiLearn (no Qt)."""
