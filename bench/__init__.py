"""`make bench`: the generator and the generated client, measured; see BENCHMARKS.md."""
