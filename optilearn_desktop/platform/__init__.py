"""Operating-system integration: single instance, app id, icons, start-up tracing."""
