"""The reference backend: an OptiLearn stand-in and an OptiCRM stand-in on loopback.

Used by the test-suite and by the desktop app's `--demo` flag. Start it with
`optilearn-demo-server` (see cli.py) or from Python with `process.DemoServer`.
"""
