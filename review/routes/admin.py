"""Admins only: the audit log and the accounts (role, active)."""
from __future__ import annotations

from typing import Any, Dict
from urllib.parse import urlencode

from sanic import Blueprint, response
from sanic.exceptions import NotFound

from review import audit, auth
from review.web import admin_only, client_ip, render, shown_error, signed_error, who

bp = Blueprint("admin")


@bp.get("/admin/audit")
@admin_only
async def audit_page(request):
    engine = request.app.ctx.engine

    def number(key):
        value = request.args.get(key) or ""
        return int(value) if value.isdigit() else None
    filters = {"username": (request.args.get("username") or "").strip().lower() or None,
               "action": request.args.get("action") if request.args.get("action") in audit.ACTIONS else None,
               "conversation_id": number("conversation")}
    rows, more = audit.entries(engine, before_id=number("before"), **filters)
    audit.record_now(engine, "view_audit", detail={k: v for k, v in filters.items() if v} or None, **who(request))
    shown = {"username": filters["username"], "action": filters["action"], "conversation": filters["conversation_id"]}
    shown = {k: v for k, v in shown.items() if v}
    next_link = "/admin/audit?" + urlencode(dict(shown, before=more)) if more else None
    return render(request, "audit.html", rows=rows, next_link=next_link, filters=shown, actions=audit.ACTIONS)


@bp.get("/admin/users")
@admin_only
async def users_page(request):
    engine = request.app.ctx.engine
    rows = auth.list_users(engine)
    audit.record_now(engine, "view_users", **who(request))
    return render(request, "users.html", rows=rows, roles=auth.ROLES, error=shown_error(request))


@bp.post("/admin/users/<user_id:int>")
@admin_only
async def change_user(request, user_id: int):
    me = request.ctx.session.user
    role, active = request.form.get("role"), request.form.get("active")
    if user_id == me.id:
        return response.redirect("/admin/users?" + urlencode(signed_error(
            request, "You can't change your own account here.")), status=303)
    values: Dict[str, Any] = {}
    if role in auth.ROLES:
        values["role"] = role
    if active in ("0", "1"):
        values["active"] = active == "1"
    if not values:
        return response.redirect("/admin/users", status=303)
    if not auth.change_user(request.app.ctx.engine, user_id, values, by=me, ip=client_ip(request)):
        raise NotFound("No such user.")
    return response.redirect("/admin/users", status=303)
