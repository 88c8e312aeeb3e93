"""Click commands that live outside kg/cli.py; each module adds its commands to the `kg` group."""
