"""Replay a conversation set against the real bot and report each turn's checks.

    python scripts/converse.py tests/conversations/team.yml [--url http://127.0.0.1:5005]
    python scripts/converse.py tests/nlu/heldout_offline_blind.yml --nlu-set

With --nlu-set the file is an NLU set: each message is sent as the first message of a
new conversation, and its reply must name a person or service to talk to and must not
be a brush-off (issue 13: every reply offers a person).

Without --url it starts its own action and Rasa servers (SQLite), like the integration
tests. Writes reports/conversations/<set>.json and prints the pass rate and the failures.
Exit 1 if any turn fails."""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import requests

import _bootstrap  # noqa: F401  (the repository root on sys.path: scripts/_bootstrap.py)
from evaluation.conversations import load, nlu_set_as_conversations, replay, summary
from safeguarding import PROJECT_ROOT as ROOT


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("path")
    parser.add_argument("--url", help="a running bot (default: start our own servers)")
    parser.add_argument("--out", default=str(ROOT / "reports" / "conversations"))
    parser.add_argument("--nlu-set", action="store_true", help="PATH is an NLU set: one message per conversation")
    args = parser.parse_args()
    conversations = nlu_set_as_conversations(Path(args.path)) if args.nlu_set else load(Path(args.path))
    servers = None
    if args.url:
        webhook = args.url.rstrip("/") + "/webhooks/rest/webhook"
    else:
        from evaluation.servers import Servers

        servers = Servers(Path(tempfile.mkdtemp(prefix="converse-"))).start()
        webhook = servers.webhook
    try:
        def say(sender, message):
            response = requests.post(webhook, json={"sender": sender, "message": message}, timeout=60)
            response.raise_for_status()
            return response.json()
        result = summary(replay(conversations, say))
    finally:
        if servers:
            servers.stop()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{Path(args.path).stem}.json").write_text(json.dumps(result, indent=2), encoding="utf-8")
    print(f"{args.path}: turns passed {result['turns_passed']}/{result['turns']} ({result['turn_pass_rate']:.1%}), "
          f"conversations passed {result['conversations_passed']}/{result['conversations']}")
    for failure in result["failures"]:
        print(f"  {failure['conversation']}: {failure['user']!r}: {'; '.join(failure['failures'])}")
    return 1 if result["failures"] else 0


if __name__ == "__main__":
    sys.exit(main())
