"""``python -m kg``: the kg command line (see kg/cli.py)."""
from .cli import cli

if __name__ == "__main__":  # pragma: no cover
    cli(prog_name="kg")
