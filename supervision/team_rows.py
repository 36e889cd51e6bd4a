"""The team table's rows, each rendered once and kept (people/kept_rows.py).

A row is worded from values supervision.selectors.team_for has already worked out, and
everything it shows is in its key: when one of them changes (a check-in, a 1:1 marked, a
flag closed, a day passing), the row is rendered afresh.
"""

from people.kept_rows import KeptRows

TEAM = KeptRows("supervision-team", "supervision/_team_row.html")


def _moment(value):
    return value.isoformat() if value else ""


def _shows(row):
    latest = row["latest"]
    return "\x1f".join(str(part) for part in (
        row["volunteer"].pk, row["volunteer"], row["supervisor"], row["need"], row["need_label"],
        "\x1e".join(str(reason) for reason in row["reasons"]),
        _moment(row["next_one_to_one"]), _moment(row["last_attended"]), row["days_since"],
        latest.pk if latest else "", latest.percentage if latest else "", row["change"],
        row["open_flags"], row["urgent_flags"], row["caseload"], row["over_cap"], row["not_reached"],
        row["open_actions"], row["overdue_actions"],
    ))


def rendered(rows, *, everyone):
    """Set "html" on each row of the team table."""
    for row, html in zip(rows, TEAM.render(rows, shows=_shows, context={"everyone": everyone}), strict=True):
        row["html"] = html
