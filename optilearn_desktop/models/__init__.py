"""pydantic models of the OptiLearn wire contract (no Qt, no httpx)."""
