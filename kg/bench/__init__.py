"""Benchmarks: a deterministic synthetic corpus (kg.bench.generate) and the `make bench` runner (kg.bench.run)."""
