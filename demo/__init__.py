"""The demo organisation that `make run` loads. Each app keeps the demo pieces for its own
records in its demo.py; this app only puts them together (management/commands/load_demo.py)."""
