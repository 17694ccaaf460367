"""The app's pages, one Sanic blueprint per area (see review/README.md, "Where things
are"). Handlers read the request, call the data functions of the review modules (no
SQL here) and render a template; review/web.py holds what they share."""
from review.routes import admin, auth, exports, patterns, queue, transcript

BLUEPRINTS = (auth.bp, queue.bp, transcript.bp, exports.bp, patterns.bp, admin.bp)
