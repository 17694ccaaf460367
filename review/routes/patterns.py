"""Patterns: conversations per week by worry, risk, audience, age band and platform, as
charts whose bars and cells open the queue of those conversations."""
from __future__ import annotations

import datetime as dt
from urllib.parse import urlencode

from sanic import Blueprint

from review import audit, charts, patterns
from review.taxonomy import AGE_BAND_LABELS, AUDIENCE_LABELS, WORRY_LABELS, label
from review.web import in_thread, render, who

bp = Blueprint("patterns")


@bp.get("/patterns")
async def patterns_page(request):
    request.app.ctx.background.nudge()
    return await in_thread(patterns_page_work, request)


def patterns_page_work(request):
    engine = request.app.ctx.engine
    try:
        weeks = min(max(int(request.args.get("weeks", 12)), 2), 52)
    except ValueError:
        weeks = 12
    data = patterns.weekly(engine, weeks)
    labels = [w.strftime("%d %b") for w in data["weeks"]]

    def queue_link(week: int, **args: str) -> str:
        start = data["weeks"][week]
        end = start + dt.timedelta(days=6)
        return "/queue?" + urlencode({"from": start.isoformat(), "to": end.isoformat(), **args})

    worry_keys = list(data["worries"])
    worry_rows = [(label(w, WORRY_LABELS), values) for w, values in data["worries"].items()]
    risk_keys = ["immediate", "high", "concern"]
    risk_series = [("Immediate", data["risk"]["immediate"]), ("High", data["risk"]["high"]),
                   ("Concern", data["risk"]["concern"])]
    audience_keys = list(data["audiences"])
    audience_series = [(label(a, AUDIENCE_LABELS), values) for a, values in data["audiences"].items()]
    age_keys = list(data["ages"])
    age_series = [("Not given" if a == "not_given" else label(a, AGE_BAND_LABELS), values)
                  for a, values in data["ages"].items()]
    platform_keys = list(data["platforms"])
    platform_rows = [(p, values) for p, values in data["platforms"].items()]
    audit.record_now(engine, "view_patterns", detail={"weeks": weeks}, **who(request))
    return render(
        request, "patterns.html", weeks=weeks, labels=labels, data=data,
        worry_rows=worry_rows, risk_series=risk_series, audience_series=audience_series,
        age_series=age_series, platform_rows=platform_rows,
        worry_chart=charts.heat_map("Conversations per week by worry", labels, worry_rows,
                                    links=lambda r, w: queue_link(w, worry=worry_keys[r])),
        risk_chart=charts.stacked_bars("Conversations per week by highest risk", labels, risk_series,
                                       links=lambda n, w: queue_link(w, risk=risk_keys[n])),
        audience_chart=charts.stacked_bars("Conversations per week by audience", labels, audience_series,
                                           palette=3, links=lambda n, w: queue_link(w, audience=audience_keys[n])),
        age_chart=charts.stacked_bars("Conversations per week by age band", labels, age_series, palette=0,
                                      links=lambda n, w: None if age_keys[n] == "not_given"
                                      else queue_link(w, age=age_keys[n])),
        platform_chart=charts.heat_map("Conversations per week by platform mentioned", labels, platform_rows,
                                       links=lambda r, w: queue_link(w, platform=platform_keys[r]))
        if platform_rows else None)
