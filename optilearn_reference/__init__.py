"""The reference backend: an OptiLearn stand-in and an OptiCRM stand-in on loopback.

Used by the test-suite and by the desktop app's `--demo` flag. Start it with
`optilearn-demo-server` (cli.py) or from Python with `process.DemoServer`. It shares no code with
the desktop client: it writes the wire of docs/api.md with its own code (`common/wire.py`,
`crm/wire.py`, `lms/routes.py` and the dicts of each answer), so a wrong name fails a test.

- `lms/`: OptiLearn (sign-in, parent endpoints, certificates, admin API, seed)
- `crm/`: OptiCRM (contacts and parent-student links, server-to-server)
- `notifications/`: definitions, preferences, inbox, fan-out and the weekly digest
- `common/`: envelope, request parsing, fault injection, clock, SQLite, the seeded people
"""
