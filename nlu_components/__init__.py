"""Custom Rasa NLU graph components: thin wrappers over the ``safeguarding`` package.

Importing this package also applies ``rasa_speedups`` (a measured fix to how Rasa
validates action server replies), because Rasa imports it whenever it loads the model."""
from nlu_components import rasa_speedups

rasa_speedups.apply()
