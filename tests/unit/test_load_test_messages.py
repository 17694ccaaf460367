"""The load test's messages (evaluation/load_test.py): young people's own words from the
independent sets, so that nearly every worry is new to the server, as real ones are."""
from __future__ import annotations

import json

import pytest

from evaluation import load_test

SET = """version: 1
conversations:
- id: a
  who: young person, 13, group chat
  turns:
  - user: ppl in my year made a group chat to slag me off
  - user: '13'
  - user: will they know it was me
- id: b
  who: parent of a 12-year-old
  turns:
  - user: my son is being bullied on snapchat
  - user: what do i tell the school
"""


def test_worries_are_first_messages_and_follow_ups_later_ones_from_young_people_only(tmp_path):
    (tmp_path / "blind1.yml").write_text(SET, encoding="utf-8")
    worries, follow_ups = load_test.varied_messages(tmp_path, tmp_path / "cache.json")
    assert worries == ["ppl in my year made a group chat to slag me off"]
    assert follow_ups == ["will they know it was me"]  # "13" is too short to be a follow-up


def test_the_sets_are_read_again_when_one_changes(tmp_path):
    cache = tmp_path / "cache.json"
    (tmp_path / "blind1.yml").write_text(SET, encoding="utf-8")
    load_test.varied_messages(tmp_path, cache)
    assert json.loads(cache.read_text())["worries"] == ["ppl in my year made a group chat to slag me off"]
    (tmp_path / "blind1.yml").write_text(SET.replace("slag me off", "laugh at me loads"), encoding="utf-8")
    assert load_test.varied_messages(tmp_path, cache)[0] == ["ppl in my year made a group chat to laugh at me loads"]


def test_no_sets_is_a_clear_error(tmp_path):
    with pytest.raises(RuntimeError, match="no young people's conversations"):
        load_test.varied_messages(tmp_path, tmp_path / "cache.json")


def test_a_conversation_uses_the_pools_given():
    messages = (["w1", "w2"], ["f1"])
    for _ in range(20):
        turns = load_test.conversation(messages)
        assert turns[3] in ("w1", "w2") and turns[4] == "f1" and turns[0] == "hi" and turns[-1] == "bye"


def test_cpu_steal_is_the_share_of_the_machines_time_the_host_gave_elsewhere(tmp_path):
    from evaluation.load_test import cpu_times, steal_percent

    stat = tmp_path / "stat"
    stat.write_text("cpu  100 0 20 800 0 0 5 75 0 0\ncpu0 50 0 10 400 0 0 2 38 0 0\n")
    before = cpu_times(stat)
    assert before == [100, 0, 20, 800, 0, 0, 5, 75]
    stat.write_text("cpu  400 0 50 1000 0 0 10 275 0 0\n")
    # 300 + 30 + 200 + 5 + 200 = 735 ticks spent in between, 200 of them stolen
    assert steal_percent(before, cpu_times(stat)) == 27.2
    assert steal_percent(before, cpu_times(tmp_path / "missing")) is None
    assert len(cpu_times()) == 8  # this machine's own


def _cpu_seconds(pid: int) -> float:
    import os
    from pathlib import Path

    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


def test_a_busy_host_takes_its_share_of_every_core_while_it_runs_and_nothing_after():
    import time

    from evaluation.load_test import BusyHost

    with BusyHost(0.3, cores=2) as host:
        pids = [p.pid for p in host.processes]
        assert len(pids) == 2
        time.sleep(0.2)
        before = [_cpu_seconds(pid) for pid in pids]
        time.sleep(1.5)
        used = [(_cpu_seconds(pid) - b) / 1.5 for pid, b in zip(pids, before, strict=True)]
    # each busy about 0.3 of the time: not idle, not a whole core
    assert all(0.15 < share < 0.6 for share in used), used
    assert host.processes == []
    for pid in pids:
        with pytest.raises(FileNotFoundError):
            _cpu_seconds(pid)  # gone, not left burning after the bench


def test_no_busy_host_by_default_and_a_clear_error_for_an_impossible_share():
    from evaluation.load_test import BusyHost

    with BusyHost(0.0) as host:
        assert host.processes == []
    for share in (1.0, -0.1):
        with pytest.raises(ValueError, match="below 1"):
            BusyHost(share)
