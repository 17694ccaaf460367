"""Load test: many concurrent simulated conversations against the real Rasa server (its
custom actions in process, as endpoints.yml has them) over the REST channel (issue 6).

Each simulated conversation is: a greeting, who they are, an age, a worry, a follow-up
(both in young people's own words, nearly always new to the server), goodbye, with a
short pause after each reply (--think; people read and type, and with no pause at all
the latency is simply concurrency / throughput). Users start at random moments within
one think time, and each starts a new conversation (a new sender id) when one ends,
until the time is up. Reports per-turn latency (p50, p95, p99, and p50 / p95 for each
turn of the conversation), messages per second, errors (anything but HTTP 200 with at
least one reply), the Rasa server's peak memory, and the model's load time and size, with
the training time recorded by `make train`.

    python scripts/bench.py                       # starts its own servers (SQLite)
    python scripts/bench.py --url http://host:port --label nginx   # an existing stack
    python scripts/bench.py --host-busy 0.2 --label busy-host      # the host taking a fifth of each core

Writes reports/bench/<label>.json and .md.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Dict

import _bootstrap  # noqa: F401  (the repository root on sys.path: scripts/_bootstrap.py)
from evaluation.load_test import (BusyHost, MemoryWatcher, cpu_times, figures, fixed_messages, load, machine, markdown,
                                  model_figures, steal_percent, varied_messages)
from safeguarding import PROJECT_ROOT as ROOT


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--url", help="base URL of a running bot (default: start our own servers)")
    parser.add_argument("--conversations", type=int, default=20, help="concurrent simulated conversations")
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--warmup", type=float, default=5)
    parser.add_argument("--think", type=float, default=0.3,
                        help="mean pause in seconds between a reply and the user's next message "
                             "(uniform 0.5x-1.5x; each user starts within one think time); "
                             "0 sends back to back")
    parser.add_argument("--fixed-messages", action="store_true",
                        help="the 8 worries and 4 follow-ups of the bench before 2026-12-02, repeated (the "
                             "sentence encoder's cache answers them) instead of young people's own words "
                             "from tests/conversations/blind*.yml")
    parser.add_argument("--host-busy", type=float, default=0.0, metavar="SHARE",
                        help="imitate a busy host: a process per core busy SHARE (e.g. 0.2) of every 10 ms "
                             "while the load runs (default 0: nothing else running)")
    parser.add_argument("--label", default="single-server")
    parser.add_argument("--out", default=str(ROOT / "reports" / "bench"))
    args = parser.parse_args()

    servers = None
    result: Dict = {"label": args.label, "machine": machine(), "concurrent_conversations": args.conversations,
                    "think_time_seconds": args.think, "host_busy_share": args.host_busy,
                    "messages_from": "8 fixed worries, 4 fixed follow-ups" if args.fixed_messages
                    else "young people's worries and follow-ups in tests/conversations/blind*.yml"}
    messages = fixed_messages() if args.fixed_messages else varied_messages()
    if args.url:
        base = args.url.rstrip("/")
        rasa_pid = None
    else:
        from evaluation.servers import Servers

        servers = Servers(Path(tempfile.mkdtemp(prefix="bench-")))  # as endpoints.yml: actions in process
        start = time.monotonic()
        servers.start_rasa()
        result["model_load_seconds"] = round(time.monotonic() - start, 1)
        base = f"http://127.0.0.1:{servers.rasa_port}"
        rasa_pid = servers.processes["rasa"].pid
    try:
        with MemoryWatcher(rasa_pid) as memory, BusyHost(args.host_busy):
            cpu_before = cpu_times()
            run = asyncio.run(load(f"{base}/webhooks/rest/webhook", args.conversations, args.seconds,
                                   args.warmup, args.think, messages))
            cpu_after = cpu_times()
    finally:
        if servers:
            servers.stop()

    result.update(figures(run))
    # this machine is a virtual machine: a run during which the host gave much of the
    # cores' time to others is slower whatever the code (README, "Speed and scale")
    result["cpu_steal_percent"] = steal_percent(cpu_before, cpu_after)
    if rasa_pid:
        # the worker processes share the model's pages: PSS counts each page once in all
        result["rasa_peak_memory_mb"] = round(memory.peak / 1024 / 1024)
        result["rasa_peak_rss_sum_mb"] = round(memory.peak_rss / 1024 / 1024)
        result["rasa_processes"] = memory.processes
    result.update(model_figures())

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{args.label}.json").write_text(json.dumps(result, indent=2), encoding="utf-8")
    text = markdown(result, f"python scripts/bench.py {' '.join(sys.argv[1:])}".rstrip())
    (out / f"{args.label}.md").write_text(text + "\n", encoding="utf-8")
    print(text)
    return 0 if result["errors"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
