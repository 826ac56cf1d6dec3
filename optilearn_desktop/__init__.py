"""OptiLearn Desktop: the desktop parent portal for OptiLearn."""

__version__ = "0.1.0"
APP_NAME = "OptiLearn Desktop"
