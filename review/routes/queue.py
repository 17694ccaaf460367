"""The queue: one line per conversation, filtered and keyset-paged."""
from __future__ import annotations

from urllib.parse import urlencode

from sanic import Blueprint, response

from review import audit, auth, conversations
from review.web import in_thread, render, who

bp = Blueprint("queue")


@bp.get("/")
async def home(request):
    return response.redirect("/queue", status=303)


@bp.get("/queue")
async def queue(request):
    request.app.ctx.background.nudge()
    return await in_thread(queue_work, request)


def queue_work(request):
    engine = request.app.ctx.engine
    filters = conversations.Filters.from_args({k: request.args.get(k) for k in request.args})
    filters.viewer_id = request.ctx.session.user.id
    cursor = request.args.get("after")
    page = conversations.queue_page(engine, filters, cursor)
    if any(row["assigned_to"] for row in page["rows"]):
        names = auth.usernames_by_id(engine)
        for row in page["rows"]:
            row["assigned_name"] = names.get(row["assigned_to"])
    audit.record_now(engine, "view_queue", detail={"filters": filters.as_args(), "page_after": cursor} if
                     (filters.as_args() or cursor) else None, **who(request))
    args = filters.as_args()
    next_link = "/queue?" + urlencode(dict(args, after=page["next"])) if page["next"] else None
    first_link = "/queue?" + urlencode(args) if cursor else None
    return render(request, "queue.html", page=page, filters=filters, next_link=next_link,
                  first_link=first_link)
