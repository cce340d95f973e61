"""The building blocks every printed document shares.

Qt's rich text understands HTML 4 tables and a little CSS (no floats, no flex), so the
layout is tables and headings. Record text is escaped here, at the one place it meets HTML;
the callers pass plain text and get markup back.
"""

import html
from collections.abc import Iterable, Sequence

# Sizes in points; QTextDocument honours font-size, colours, borders and cell padding.
STYLE_SHEET = """
h1 { font-size: 15pt; font-weight: bold; margin-bottom: 2pt; }
h2 { font-size: 11pt; font-weight: bold; margin-top: 14pt; margin-bottom: 4pt;
     color: #1f3a5f; }
p { margin-top: 0; margin-bottom: 5pt; }
li { margin-bottom: 3pt; }
.lead { font-size: 11pt; margin-bottom: 8pt; }
.muted { color: #555555; }
.warning { color: #8a1c1c; font-weight: bold; }
.status { font-size: 11pt; font-weight: bold; }
table.grid { border-collapse: collapse; border-color: #9aa5b1; font-size: 8pt; margin-bottom: 4pt; }
table.grid th { background-color: #e3e8ee; font-weight: bold; text-align: left; }
table.grid td { vertical-align: top; }
table.box { background-color: #eef3f8; border-color: #9aa5b1; margin-top: 4pt;
               margin-bottom: 6pt; }
table.facts td { vertical-align: top; }
td.label { color: #444444; font-weight: bold; }
table.grid td.number, table.grid th.number { text-align: right; }
tr.total td { font-weight: bold; background-color: #f1f3f5; }
tr.group td { font-weight: bold; background-color: #f1f3f5; color: #1f3a5f; }
"""


def esc(text: object) -> str:
    """Record text as literal characters; line breaks kept."""
    return html.escape("" if text is None else str(text), quote=True).replace("\n", "<br>")


def page(body: Iterable[str]) -> str:
    return "<html><body>" + "".join(body) + "</body></html>"


def heading(text: str, level: int = 1) -> str:
    return f"<h{level}>{esc(text)}</h{level}>"


def paragraph(text: str, css: str = "") -> str:
    cls = f' class="{css}"' if css else ""
    return f"<p{cls}>{esc(text)}</p>"


def bullets(lines: Iterable[str]) -> str:
    return "<ul>" + "".join(f"<li>{esc(line)}</li>" for line in lines) + "</ul>"


def boxed(text: str, css: str = "") -> str:
    """A line that must stand out (the status), in a shaded frame."""
    cls = f' class="{css}"' if css else ""
    return (
        '<table class="box" width="100%" border="1" cellspacing="0" cellpadding="6">'
        f"<tr><td{cls}>{esc(text)}</td></tr></table>"
    )


def facts(pairs: Sequence[tuple[str, str]]) -> str:
    """Label: value lines, as a borderless two-column table; empty values are left out."""
    rows = "".join(
        f'<tr><td class="label" width="28%">{esc(label)}</td><td>{esc(value)}</td></tr>'
        for label, value in pairs
        if value
    )
    if not rows:
        return ""
    return f'<table class="facts" width="100%" cellspacing="0" cellpadding="2">{rows}</table>'


def table(
    headers: Sequence[str],
    rows: Iterable[Sequence[str]],
    *,
    widths: Sequence[int] | None = None,
    numeric: Iterable[int] = (),
    total: Sequence[str] | None = None,
) -> str:
    """A ruled table whose header row repeats on every page it runs onto (<thead>)."""
    return grouped_table(headers, [("", rows)], widths=widths, numeric=numeric, total=total)


def grouped_table(
    headers: Sequence[str],
    groups: Iterable[tuple[str, Iterable[Sequence[str]]]],
    *,
    widths: Sequence[int] | None = None,
    numeric: Iterable[int] = (),
    total: Sequence[str] | None = None,
) -> str:
    """One table for many groups: each group opens with a shaded row across the table
    (rather than a heading of its own, which could be left alone at the foot of a page)."""
    numeric = set(numeric)
    widths = widths or [0] * len(headers)

    def cell(tag: str, i: int, value: str, extra: str = "") -> str:
        css = ' class="number"' if i in numeric else ""
        width = f' width="{widths[i]}%"' if widths[i] else ""
        return f"<{tag}{css}{width}{extra}>{esc(value)}</{tag}>"

    head = "".join(cell("th", i, h) for i, h in enumerate(headers))
    body = []
    for title, rows in groups:
        if title:
            body.append(f'<tr class="group"><td colspan="{len(headers)}">{esc(title)}</td></tr>')
        body += [
            "<tr>" + "".join(cell("td", i, v) for i, v in enumerate(r)) + "</tr>" for r in rows
        ]
    foot = ""
    if total is not None:
        foot = '<tr class="total">' + "".join(cell("td", i, v) for i, v in enumerate(total))
        foot += "</tr>"
    return (
        '<table class="grid" width="100%" border="1" cellspacing="0" cellpadding="3">'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}{foot}</tbody></table>"
    )
