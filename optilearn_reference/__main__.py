"""`python -m optilearn_reference` runs the reference backend (same as optilearn-demo-server)."""

from .cli import main

raise SystemExit(main())
