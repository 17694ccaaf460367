"""Rasa input channels for the bot (credentials.yml names them by module path)."""
