"""The `pos-loyalty` command line: every use case, scriptable, with `--json` output."""
