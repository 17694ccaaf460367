"""Measuring the bot: held-out evaluation, baselines and benchmarks (issue 6)."""
