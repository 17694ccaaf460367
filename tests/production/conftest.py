"""Print the throughput figures measured by the production tests after the run."""
from __future__ import annotations

from tests.production import stack


def pytest_terminal_summary(terminalreporter):
    if stack.THROUGHPUT:
        terminalreporter.section("throughput (production stack)")
        for line in stack.THROUGHPUT:
            terminalreporter.write_line(line)
