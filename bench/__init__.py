"""Benchmarks: a data generator and scripts printing figures beside raw baselines."""
