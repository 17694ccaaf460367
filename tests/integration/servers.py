"""The real bot for tests: evaluation/servers.py starts the action server and the Rasa
server on free ports (the load test and the conversation sets use it too)."""
from evaluation.servers import MODEL, RASA, ROOT, Servers, free_port, wait_until_up

__all__ = ["MODEL", "RASA", "ROOT", "Servers", "free_port", "wait_until_up"]
