"""`python -m claimgraph` is `kg`."""

from claimgraph.cli import app

app(prog_name="kg")
