from diplograph.cli import entry

entry()
