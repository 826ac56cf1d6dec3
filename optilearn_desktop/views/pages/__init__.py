"""One module per tab; each renders one overview section of the selected child."""
