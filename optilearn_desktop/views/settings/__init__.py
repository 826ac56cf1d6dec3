"""The notification settings dialog: the server's alerts, the options of this computer."""
