"""The load test behind ``make bench`` (``scripts/bench.py`` is its command line): many
concurrent simulated conversations against the real Rasa server (its actions in process,
as endpoints.yml has them) over the REST channel (issue 6).

Each simulated conversation is: a greeting, who they are, an age, a worry, a follow-up,
goodbye, with a short pause after each reply (think time; people read and type, and with
no pause at all the latency is simply concurrency / throughput). Users start at random
moments within one think time, and each starts a new conversation (a new sender id) when
one ends, until the time is up. ``figures`` turns a run into per-turn latency (p50, p95,
p99, and p50 / p95 for each turn of the conversation), messages per second and errors
(anything but HTTP 200 with at least one reply); ``MemoryWatcher`` measures the Rasa
server's peak memory.

The worry and the follow-up are drawn from what young people wrote in the independent
conversation sets (``tests/conversations/blind*.yml``: about 5,000 first messages and
7,500 later ones), so nearly every one is new to the server, as real messages are. Until
2026-12-02 they came from 8 fixed worries and 4 fixed follow-ups (``--fixed-messages``
still runs that): the sentence encoder remembers the vectors of texts it has seen, so
repeated messages skipped its work (about 10 ms a message) and flattered the figures."""
from __future__ import annotations

import asyncio
import json
import os
import platform
import random
import statistics
import threading
import time
import uuid
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

import yaml

from safeguarding import PROJECT_ROOT as ROOT

MODEL = ROOT / "models" / "kent-signposting.tar.gz"
TRAIN_SECONDS = ROOT / "models" / "train_seconds"

CONVERSATION_SETS = ROOT / "tests" / "conversations"
MESSAGES_CACHE = ROOT / "build" / "bench_messages.json"
# the bench's messages before 2026-12-02 (--fixed-messages): repeated, so flattered by caches
WORRIES = [
    "someone in my class keeps posting mean stuff about me",
    "this guy on snap says he'll send my pics to everyone if i dont pay him",
    "i think i got scammed buying robux",
    "someone hacked my insta and changed the password",
    "i saw a really horrible video on tiktok",
    "a man i met on roblox keeps asking me to keep our chats secret",
    "people in a group chat are being racist",
    "i spend all my money on loot boxes",
]
FOLLOW_UPS = ["can i talk to a real person", "no thanks", "yes", "what else can you do"]


TURNS = ["greeting", "who they are", "age", "worry", "follow-up", "goodbye"]


Messages = Tuple[Sequence[str], Sequence[str]]  # worries, follow-ups
# the sets hold about 90 MB of YAML: libyaml reads them in seconds, pure Python in minutes
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def varied_messages(directory: Path = CONVERSATION_SETS, cache: Path = MESSAGES_CACHE) -> Messages:
    """Young people's own words from the independent conversation sets: each conversation's
    first message as a worry, its later messages of three words or more as follow-ups.
    Read once (about 40 s) and kept in build/ until a set changes."""
    paths = sorted(directory.glob("blind*.yml"))
    stamp = [[p.name, p.stat().st_size, p.stat().st_mtime_ns] for p in paths]
    try:
        kept = json.loads(cache.read_text(encoding="utf-8"))
        if kept["sets"] == stamp:
            return kept["worries"], kept["follow_ups"]
    except (OSError, ValueError, KeyError, TypeError):
        pass
    worries: set = set()
    follow_ups: set = set()
    for path in paths:
        for conv in (yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER) or {}).get("conversations") or []:
            if not str(conv.get("who", "")).lower().startswith("young person"):
                continue
            turns = [str(turn["user"]) for turn in conv.get("turns") or [] if turn.get("user")]
            if turns:
                worries.add(turns[0])
                follow_ups.update(t for t in turns[1:] if len(t.split()) >= 3)
    if not worries or not follow_ups:
        raise RuntimeError(f"no young people's conversations in {directory}/blind*.yml")
    messages = sorted(worries), sorted(follow_ups)
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_text(json.dumps({"sets": stamp, "worries": messages[0], "follow_ups": messages[1]}), encoding="utf-8")
    return messages


def fixed_messages() -> Messages:
    return WORRIES, FOLLOW_UPS


def conversation(messages: Optional[Messages] = None) -> List[str]:
    """One conversation's messages, in the order of TURNS."""
    worries, follow_ups = messages or fixed_messages()
    return ["hi", "i'm a young person", f"i'm {random.randint(11, 17)}",
            random.choice(worries), random.choice(follow_ups), "bye"]


def percentile(values: List[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(q / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]


class MemoryWatcher:
    """Peak memory of a process and its children (the Rasa server's worker processes), from
    /proc, every 0.2 s: the sum of their proportional set sizes (PSS: a page shared by n of
    them counts 1/n in each, so the sum is what they take from the machine together), and,
    beside it, the sum of their resident sizes (RSS), which counts a shared page once per
    process. For one process the two differ only by its share of shared libraries."""

    def __init__(self, pid: Optional[int]):
        self.pid = pid
        self.peak = 0      # PSS summed
        self.peak_rss = 0  # RSS summed
        self.processes = 0  # the most processes seen at once
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    @staticmethod
    def pids(pid: int) -> List[int]:
        pids = [pid]
        try:
            pids += [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
        except OSError:
            pass
        return pids

    @staticmethod
    def _field(path: str, name: str) -> int:
        try:
            for line in Path(path).read_text().splitlines():
                if line.startswith(name):
                    return int(line.split()[1]) * 1024
        except OSError:
            pass
        return 0

    @classmethod
    def rss(cls, pid: int) -> int:
        return sum(cls._field(f"/proc/{p}/status", "VmRSS:") for p in cls.pids(pid))

    @classmethod
    def pss(cls, pid: int) -> int:
        return sum(cls._field(f"/proc/{p}/smaps_rollup", "Pss:") for p in cls.pids(pid))

    def _run(self) -> None:
        while self.pid and not self._stop.is_set():  # (started only with a pid)
            self.peak = max(self.peak, self.pss(self.pid))
            self.peak_rss = max(self.peak_rss, self.rss(self.pid))
            self.processes = max(self.processes, len(self.pids(self.pid)))
            time.sleep(0.2)

    def __enter__(self):
        if self.pid:
            self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()


async def simulated_user(session, url: str, deadline: float, latencies: List[float], errors: List[str],
                         think: float = 0.0, by_turn: Optional[Dict[str, List[float]]] = None,
                         messages: Optional[Messages] = None) -> None:
    import aiohttp

    # People do not all press send at the same instant: each user starts somewhere within
    # one think time (with no think time, all start at once).
    if think:
        await asyncio.sleep(random.uniform(0, think))
    while time.monotonic() < deadline:
        sender = f"bench-{uuid.uuid4().hex[:12]}"
        for turn, text in zip(TURNS, conversation(messages), strict=True):
            if time.monotonic() >= deadline:
                return
            start = time.perf_counter()
            try:
                async with session.post(url, json={"sender": sender, "message": text}) as response:
                    body = await response.json(content_type=None)
                    elapsed = time.perf_counter() - start
                    if response.status != 200 or not isinstance(body, list) or not body:
                        errors.append(f"{response.status}: {str(body)[:120]} for {text!r}")
                    else:
                        latencies.append(elapsed)
                        if by_turn is not None:
                            by_turn.setdefault(turn, []).append(elapsed)
            except (aiohttp.ClientError, asyncio.TimeoutError, ValueError) as exc:
                errors.append(f"{type(exc).__name__}: {exc} for {text!r}")
            if think:
                await asyncio.sleep(random.uniform(0.5, 1.5) * think)


async def load(url: str, users: int, seconds: float, warmup: float, think: float = 0.0,
               messages: Optional[Messages] = None) -> Dict:
    import aiohttp

    timeout = aiohttp.ClientTimeout(total=30)
    connector = aiohttp.TCPConnector(limit=users * 2)
    async with aiohttp.ClientSession(timeout=timeout, connector=connector) as session:
        if warmup:
            await asyncio.gather(*(simulated_user(session, url, time.monotonic() + warmup, [], [], messages=messages)
                                   for _ in range(min(users, 4))))
        latencies: List[float] = []
        errors: List[str] = []
        by_turn: Dict[str, List[float]] = {}
        start = time.monotonic()
        await asyncio.gather(*(simulated_user(session, url, start + seconds, latencies, errors, think, by_turn,
                                              messages) for _ in range(users)))
        elapsed = time.monotonic() - start
    return {"latencies": latencies, "errors": errors, "elapsed": elapsed, "by_turn": by_turn}


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f", {kb / 1024 / 1024:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    return (f"{os.cpu_count()} cores ({cpu}){memory}, {platform.system()} {platform.release()}, "
            f"Python {platform.python_version()}")


def _burn(share: float, period: float) -> None:
    """Busy for ``share`` of every ``period`` seconds, asleep for the rest, until killed."""
    while True:
        start = time.perf_counter()
        while time.perf_counter() - start < share * period:
            pass
        time.sleep(max(0.0, period - (time.perf_counter() - start)))


class BusyHost:
    """A host that takes a share of every core while the bench runs: one process per core,
    each busy ``share`` of every 10 ms. On a virtual machine the host's other guests take
    ("steal") cores' time in the same way, so this shows how much room the target has
    (README, "Speed and scale"). ``share`` 0 starts nothing."""

    PERIOD = 0.010

    def __init__(self, share: float, cores: Optional[int] = None):
        if not 0 <= share < 1:
            raise ValueError(f"the host's share of each core must be at least 0 and below 1, not {share}")
        self.share = share
        self.cores = cores or os.cpu_count() or 1
        self.processes: List = []

    def __enter__(self) -> "BusyHost":
        import multiprocessing

        if self.share > 0:
            context = multiprocessing.get_context("fork")
            self.processes = [context.Process(target=_burn, args=(self.share, self.PERIOD), daemon=True)
                              for _ in range(self.cores)]
            for process in self.processes:
                process.start()
        return self

    def __exit__(self, *exc) -> None:
        for process in self.processes:
            process.kill()
        for process in self.processes:
            process.join()
        self.processes = []


def cpu_times(stat: Path = Path("/proc/stat")) -> List[int]:
    """The machine's CPU time so far, by kind (user, nice, system, idle, iowait, irq,
    softirq, steal), in clock ticks; empty where /proc/stat cannot be read."""
    try:
        first = stat.read_text().splitlines()[0].split()
    except (OSError, IndexError):
        return []
    return [int(x) for x in first[1:9]] if first and first[0] == "cpu" else []


def steal_percent(before: List[int], after: List[int]) -> Optional[float]:
    """The share of the machine's CPU time in between that the hypervisor gave to other
    virtual machines ("steal"): time this machine's cores wanted and did not get, so a
    run with more of it is slower for reasons outside the project. None when unknown."""
    if len(before) < 8 or len(after) < 8:
        return None
    spent = [b - a for a, b in zip(before[:8], after[:8], strict=True)]
    total = sum(spent)
    return round(100 * spent[7] / total, 1) if total > 0 else None


def figures(run: Dict) -> Dict:
    """The measures of one run (``load``'s result), latencies in milliseconds."""
    latencies = [x * 1000 for x in run["latencies"]]
    messages = len(latencies) + len(run["errors"])
    result = {
        "seconds": round(run["elapsed"], 1),
        "messages": messages,
        "messages_per_second": round(messages / run["elapsed"], 1),
        "p50_ms": round(percentile(latencies, 50), 1),
        "p95_ms": round(percentile(latencies, 95), 1),
        "p99_ms": round(percentile(latencies, 99), 1),
        "mean_ms": round(statistics.mean(latencies), 1) if latencies else None,
        "errors": len(run["errors"]),
        "error_examples": run["errors"][:5],
    }
    # which turns are slow: p50 / p95 per turn of the conversation
    result["p50_p95_ms_by_turn"] = {
        turn: f"{percentile([x * 1000 for x in run['by_turn'][turn]], 50):.0f} / "
              f"{percentile([x * 1000 for x in run['by_turn'][turn]], 95):.0f}"
        for turn in TURNS if run["by_turn"].get(turn)}
    return result


def model_figures() -> Dict:
    """The model's size and the training time ``make train`` recorded, when there are any."""
    result: Dict = {}
    if MODEL.exists():
        result["model_size_mb"] = round(MODEL.stat().st_size / 1024 / 1024, 1)
    if TRAIN_SECONDS.exists():
        result["training_seconds"] = int(float(TRAIN_SECONDS.read_text().strip()))
    return result


def markdown(result: Dict, command: str) -> str:
    lines = [f"# Load test: {result['label']}", "", f"Machine: {result['machine']}", "",
             f"Command: `{command}`".rstrip(), ""]
    lines += [f"- {k}: {v}" for k, v in result.items() if k not in ("label", "machine", "error_examples")]
    if result["error_examples"]:
        lines += ["", "Errors (first 5):"] + [f"- {e}" for e in result["error_examples"]]
    return "\n".join(lines)
