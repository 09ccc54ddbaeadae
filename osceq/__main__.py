"""`python -m osceq` runs the command line."""

from osceq.cli import main

main()
