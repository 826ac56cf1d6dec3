"""The OptiLearn stand-in: sign-in, parent endpoints, certificates, admin API, seed."""
