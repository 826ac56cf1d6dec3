"""The OptiCRM stand-in: contacts and parent-student links behind OptiLearn's API key."""
