"""A server-rendered SVG trend of WHO-5 percentages (no JavaScript)."""

from django.utils import timezone

WIDTH, HEIGHT, PAD = 600, 240, 36


def _y(percentage):
    return round(PAD + (100 - percentage) * (HEIGHT - 2 * PAD) / 100, 1)


def trend_chart(checkins):
    """Drawing data for the template, from check-ins in any order (the last 12 are drawn)."""
    points = sorted(checkins, key=lambda c: c.submitted_at)[-12:]
    if not points:
        return None
    step = (WIDTH - 2 * PAD) / max(len(points) - 1, 1)
    dots = [
        {
            "x": round(PAD + index * step, 1),
            "y": _y(checkin.percentage),
            "value": checkin.percentage,
            "date": timezone.localtime(checkin.submitted_at).date(),
        }
        for index, checkin in enumerate(points)
    ]
    return {
        "width": WIDTH,
        "height": HEIGHT,
        "polyline": " ".join(f"{d['x']},{d['y']}" for d in dots),
        "dots": dots,
        "gridlines": [{"value": v, "y": _y(v)} for v in (100, 50, 28, 0)],
        "left": PAD,
        "right": WIDTH - PAD,
    }
