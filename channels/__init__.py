"""How Rasa talks to the outside world, loaded by Rasa by dotted path: the REST channel
(``rest.GuardedRestInput``, named in credentials.yml) and the SQL tracker store
(``tracker_store.KentSQLTrackerStore``, named in endpoints.yml and
deploy/endpoints.prod.yml), used in development and in production alike.
tests/unit/test_dotted_paths.py imports every dotted path those YAML files name."""
