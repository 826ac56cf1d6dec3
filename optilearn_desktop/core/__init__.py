"""Services without widgets: tasks, parent data, links (QtCore allowed, never QtWidgets)."""
