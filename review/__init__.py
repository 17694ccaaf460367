"""Transcript review for safeguarding leads: a small Sanic web app over what Rasa's SQL
tracker store records (the ``events`` table), with its own tables for review data.

Modules: config (environment), db (engine and the review tables), rasa_events (the one
reader and writer of Rasa's ``events``, as typed events), taxonomy (worries, risk levels,
labels), indexer (summarises ``events`` into ``review_conversation``), masking
(personal details), auth (passwords, sessions, CSRF, login throttling, accounts), audit,
conversations (queue, transcript, review actions), purge (retention), exports, pdf,
charts and patterns, notify; app (puts the web app together: middleware, blueprints,
background), web (templates and what every page shares), routes/ (one blueprint per
area), background (indexing and notifications off the request path) and cli. Synthetic
conversations for tests and demos are tests/review/seed.py."""
