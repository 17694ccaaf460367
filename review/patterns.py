"""Patterns: conversations per week by worry, by highest risk and by audience, counted in
the database from the summaries (one GROUP BY, never the events). Weeks run Monday to
Sunday, UTC."""
from __future__ import annotations

import datetime as dt
from typing import Any, Dict, List, Optional

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from review import db
from review.taxonomy import AGE_BANDS, AUDIENCES, RISK_CONCERN, RISK_HIGH, RISK_IMMEDIATE, WORRIES, split

WEEK = 7 * 86400


def week_starts(weeks: int, today: Optional[dt.date] = None) -> List[dt.date]:
    today = today or dt.datetime.now(dt.timezone.utc).date()
    monday = today - dt.timedelta(days=today.weekday())
    return [monday - dt.timedelta(weeks=weeks - 1 - i) for i in range(weeks)]


def weekly(engine: Engine, weeks: int = 12, today: Optional[dt.date] = None) -> Dict[str, Any]:
    starts = week_starts(weeks, today)
    base = dt.datetime(starts[0].year, starts[0].month, starts[0].day, tzinfo=dt.timezone.utc).timestamp()
    end = base + weeks * WEEK
    c = db.conversations.c
    offset = (c.started_at - base) / WEEK
    index = sa.func.floor(offset) if engine.dialect.name == "postgresql" else sa.cast(offset, sa.Integer)
    index = index.label("week")
    query = (sa.select(index, c.audience, c.max_risk, c.immediate, c.worries, c.age_band, c.platforms,
                       sa.func.count().label("n"))
             .where(c.started_at >= base, c.started_at < end)
             .group_by(index, c.audience, c.max_risk, c.immediate, c.worries, c.age_band, c.platforms))
    by_worry = {w: [0] * weeks for w in WORRIES}
    by_audience = {a: [0] * weeks for a in AUDIENCES}
    risk = {"immediate": [0] * weeks, "high": [0] * weeks, "concern": [0] * weeks}
    by_age = {a: [0] * weeks for a in AGE_BANDS + ("not_given",)}
    by_platform: Dict[str, List[int]] = {}
    totals = [0] * weeks
    with engine.connect() as conn:
        rows = conn.execute(query).fetchall()
    for week, audience, max_risk, immediate, worries, age_band, platforms, n in rows:
        week = int(week)
        if not 0 <= week < weeks:
            continue
        totals[week] += n
        if audience in by_audience:
            by_audience[audience][week] += n
        if immediate or max_risk == RISK_IMMEDIATE:
            risk["immediate"][week] += n
        elif max_risk == RISK_HIGH:
            risk["high"][week] += n
        elif max_risk == RISK_CONCERN:
            risk["concern"][week] += n
        for worry in split(worries):
            if worry in by_worry:
                by_worry[worry][week] += n
        by_age[age_band if age_band in by_age else "not_given"][week] += n
        for platform in split(platforms):
            by_platform.setdefault(platform, [0] * weeks)[week] += n
    top_platforms = dict(sorted(by_platform.items(), key=lambda item: -sum(item[1]))[:12])
    return {"weeks": starts, "totals": totals, "worries": by_worry, "audiences": by_audience, "risk": risk,
            "ages": by_age, "platforms": top_platforms, "base": base}
