"""`python -m newsread` runs the command-line tool."""

try:
    from newsread.cli import main
except KeyboardInterrupt:  # Ctrl-C while the entry point itself loads: as any later one
    raise SystemExit(130) from None

main()
