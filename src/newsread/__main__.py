"""`python -m newsread` runs the command-line tool."""

from newsread.cli import main

main()
