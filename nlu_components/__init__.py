"""Custom Rasa NLU graph components: thin wrappers over the ``safeguarding`` package."""
