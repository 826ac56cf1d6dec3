"""`python -m optilearn_desktop.demo` runs the reference backend (same as optilearn-demo-server)."""

from .cli import main

raise SystemExit(main())
