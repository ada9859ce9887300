"""One module per `debrief` subcommand; see analysis.cli.COMMANDS."""
