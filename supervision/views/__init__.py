"""Supervision's pages. Each view asks supervision.rules, validates a form, calls a service."""
