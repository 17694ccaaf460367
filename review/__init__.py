"""Transcript review for safeguarding leads: a small Sanic web app over what Rasa's SQL
tracker store records (the ``events`` table), with its own tables for review data.

Modules: config (environment), db (engine and tables), taxonomy (worries, risk levels,
labels), indexer (summarises ``events`` into ``review_conversation``), masking
(personal details), auth (passwords, sessions, CSRF, login throttling), audit,
conversations (queue, transcript, review actions), purge (retention), exports, pdf,
charts and patterns, seed (synthetic conversations), app (routes) and cli."""
