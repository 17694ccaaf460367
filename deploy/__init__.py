"""Deployment glue for the production stack (scripts/prod.sh, docs/production.md).
Python here: lock_store.RenewingRedisLockStore, named in deploy/endpoints.prod.yml."""
