"""A server-rendered SVG trend of WHO-5 percentages (no JavaScript)."""

from django.utils import timezone

WIDTH, HEIGHT, PAD = 600, 240, 36


# The volunteer's own chart is drawn narrow, so on a phone its text is as large as the page's.
OWN_WIDTH, OWN_HEIGHT = 340, 260


def _y(percentage, height=HEIGHT):
    return round(PAD + (100 - percentage) * (height - 2 * PAD) / 100, 1)


def trend_chart(checkins, *, width=WIDTH, height=HEIGHT, lines=(100, 50, 28, 0)):
    """Drawing data for the template, from check-ins in any order (the last 12 are drawn).
    `lines` are the gridlines' values; the supervisor's chart marks 50 and 28 in the template."""
    points = sorted(checkins, key=lambda c: c.submitted_at)[-12:]
    if not points:
        return None
    step = (width - 2 * PAD) / max(len(points) - 1, 1)
    dots = [
        {
            "x": round(PAD + index * step, 1),
            "y": _y(checkin.percentage, height),
            "value": checkin.percentage,
            "date": timezone.localtime(checkin.submitted_at).date(),
        }
        for index, checkin in enumerate(points)
    ]
    return {
        "width": width,
        "height": height,
        "polyline": " ".join(f"{d['x']},{d['y']}" for d in dots),
        "dots": dots,
        "gridlines": [{"value": v, "y": _y(v, height)} for v in lines],
        "left": PAD,
        "right": width - PAD,
    }


def own_trend_chart(checkins):
    """The volunteer's own chart: their score out of 100, with no thresholds on it."""
    return trend_chart(checkins, width=OWN_WIDTH, height=OWN_HEIGHT, lines=(100, 50, 0))
