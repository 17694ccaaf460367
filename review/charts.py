"""Charts as server-side SVG (no JavaScript): stacked weekly bars and a weeks-by-worry
heat map. Colours come from CSS classes (s0, s1 ...), so the page's stylesheet and the
Content-Security-Policy stay in charge; every bar has a <title> for its exact count and
each chart is followed by the same numbers as a table in the page."""
from __future__ import annotations

from typing import Callable, List, Optional, Sequence, Tuple

from markupsafe import Markup, escape

Series = Tuple[str, Sequence[int]]  # (name, one value per week)
# (series or row number, week number) -> the queue of those conversations, or None
Links = Optional[Callable[[int, int], Optional[str]]]


def _linked(shape: str, url: Optional[str]) -> str:
    """A bar or cell that opens the conversations it counts (a plain SVG link: no script)."""
    return f'<a href="{escape(url)}">{shape}</a>' if url else shape


def _nice_max(value: int) -> int:
    """A top for the axis that splits into four round steps."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000, 20000, 25000, 50000):
        if value <= step * 4:
            return step * 4
    return value


def stacked_bars(title: str, weeks: Sequence[str], series: Sequence[Series], width: int = 760,
                 height: int = 260, palette: int = 0, links: Links = None) -> Markup:
    """Weekly bars, one colour per series (CSS classes s<palette>, s<palette+1>...)."""
    left, right, top, bottom = 48, 12, 16, 48
    plot_w, plot_h = width - left - right, height - top - bottom
    totals = [sum(values[i] for _, values in series) for i in range(len(weeks))]
    top_value = _nice_max(max(totals or [0]))
    slot = plot_w / max(len(weeks), 1)
    bar_w = max(slot * 0.7, 1)
    parts: List[str] = [
        f'<svg class="chart" role="img" aria-labelledby="t-{id(series)}" '
        f'viewBox="0 0 {width} {height + 24 * ((len(series) + 3) // 4)}" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="t-{id(series)}">{escape(title)}</title>',
    ]
    for tick in range(5):
        value = top_value * tick // 4
        y = top + plot_h - plot_h * value / top_value
        parts.append(f'<line class="grid" x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}"/>')
        parts.append(f'<text class="axis" x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{value}</text>')
    for i, week in enumerate(weeks):
        x = left + i * slot + (slot - bar_w) / 2
        y = top + plot_h
        for number, (name, values) in enumerate(series):
            value = values[i]
            if not value:
                continue
            h = plot_h * value / top_value
            y -= h
            parts.append(_linked(
                f'<rect class="s{number + palette}" x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{h:.1f}">'
                f'<title>{escape(week)}: {escape(name)} {value}</title></rect>', links(number, i) if links else None))
        if len(weeks) <= 16 or i % 2 == 0:
            parts.append(f'<text class="axis" x="{x + bar_w / 2:.1f}" y="{top + plot_h + 16}" '
                         f'text-anchor="middle">{escape(week)}</text>')
    for number, (name, _) in enumerate(series):
        lx = left + (number % 4) * (plot_w / 4)
        ly = height - 8 + 24 * (number // 4)
        parts.append(f'<rect class="s{number + palette}" x="{lx:.1f}" y="{ly - 10}" width="12" height="12"/>'
                     f'<text class="legend" x="{lx + 18:.1f}" y="{ly}">{escape(name)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def heat_map(title: str, weeks: Sequence[str], rows: Sequence[Series], width: int = 760,
             links: Links = None) -> Markup:
    left, top, cell_h = 150, 8, 22
    cols = max(len(weeks), 1)
    cell_w = (width - left - 8) / cols
    height = top + cell_h * len(rows) + 28
    top_value = max([max(values or [0]) for _, values in rows] + [1])
    parts: List[str] = [
        f'<svg class="chart" role="img" aria-labelledby="h-{id(rows)}" viewBox="0 0 {width} {height}" '
        f'xmlns="http://www.w3.org/2000/svg">',
        f'<title id="h-{id(rows)}">{escape(title)}</title>',
    ]
    for r, (name, values) in enumerate(rows):
        y = top + r * cell_h
        parts.append(f'<text class="axis" x="{left - 8}" y="{y + cell_h * 0.7:.1f}" '
                     f'text-anchor="end">{escape(name)}</text>')
        for c, value in enumerate(values):
            opacity = 0.06 + 0.94 * value / top_value if value else 0.0
            parts.append(_linked(
                f'<rect class="heat" x="{left + c * cell_w:.1f}" y="{y}" width="{cell_w - 2:.1f}" '
                f'height="{cell_h - 2}" fill-opacity="{opacity:.2f}"><title>{escape(name)}, '
                f'{escape(weeks[c])}: {value}</title></rect>', links(r, c) if links and value else None))
            if value:
                parts.append(f'<text class="cell{" dark" if opacity > 0.55 else ""}" '
                             f'x="{left + c * cell_w + (cell_w - 2) / 2:.1f}" '
                             f'y="{y + cell_h * 0.68:.1f}" text-anchor="middle">{value}</text>')
    for c, week in enumerate(weeks):
        if len(weeks) <= 16 or c % 2 == 0:
            parts.append(f'<text class="axis" x="{left + c * cell_w + cell_w / 2:.1f}" y="{height - 8}" '
                         f'text-anchor="middle">{escape(week)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
