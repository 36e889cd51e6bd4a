"""Waymark's benchmark: `make bench` builds a synthetic organisation at two sizes and prints
query counts, server times, throughput, reminder cost, memory and a soak. See BENCHMARKS.md.

Benchmarks print figures; they are never tests and are not part of `make test`.
"""
