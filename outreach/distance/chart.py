"""A server-drawn star (radar) chart of a person's first and latest reading (no JavaScript).

One spoke per domain, clockwise from the top; the scale runs from the centre (0) to the
rim (the version's top score). A domain that is "not relevant to me" in a reading has no
point on that reading's outline, which joins the domains it does score."""

import math

WIDTH, HEIGHT = 740, 540
CX, CY = WIDTH / 2, HEIGHT / 2
RADIUS = 180
LABEL_GAP = 16
# Labels are wrapped to lines of about this many characters, so the chart fits a phone.
LINE_CHARACTERS = 13
LINE_HEIGHT = 24


def _point(index, count, value, top):
    angle = -math.pi / 2 + 2 * math.pi * index / count
    distance = RADIUS * value / top
    return round(CX + distance * math.cos(angle), 1), round(CY + distance * math.sin(angle), 1)


def _wrap(text):
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > LINE_CHARACTERS:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, line] if line else lines


def _label(index, count, text):
    angle = -math.pi / 2 + 2 * math.pi * index / count
    x = CX + (RADIUS + LABEL_GAP) * math.cos(angle)
    y = CY + (RADIUS + LABEL_GAP) * math.sin(angle)
    cos = math.cos(angle)
    anchor = "middle" if abs(cos) < 0.1 else ("start" if cos > 0 else "end")
    lines = _wrap(text)
    # Labels above the centre grow upwards, so they never cover the rim.
    if math.sin(angle) < -0.3:
        y -= (len(lines) - 1) * LINE_HEIGHT
    elif abs(math.sin(angle)) <= 0.3:
        y -= (len(lines) - 1) * LINE_HEIGHT / 2
    else:
        y += LINE_HEIGHT / 2
    return {"x": round(x, 1), "y": round(y, 1), "anchor": anchor,
            "lines": [{"text": line, "dy": 0 if n == 0 else LINE_HEIGHT} for n, line in enumerate(lines)]}


def _outline(values, top):
    count = len(values)
    points = [_point(i, count, v, top) for i, v in enumerate(values) if v is not None]
    dots = [{"x": x, "y": y, "corner_x": round(x - 5, 1), "corner_y": round(y - 5, 1)} for x, y in points]
    return {"points": " ".join(f"{x},{y}" for x, y in points), "dots": dots}


def star_chart(rows, *, top=10, single=False):
    """Drawing data for the template from the journey's rows (label, first, latest). With a
    single reading only the latest outline is drawn."""
    if not rows:
        return None
    count = len(rows)
    rings = []
    for value in range(2, top + 1, 2):
        ring = [_point(i, count, value, top) for i in range(count)]
        rings.append({"value": value, "points": " ".join(f"{x},{y}" for x, y in ring),
                      "label_y": round(CY - RADIUS * value / top, 1)})
    spokes = [dict(zip(("x", "y"), _point(i, count, top, top), strict=True)) for i in range(count)]
    return {
        "width": WIDTH,
        "height": HEIGHT,
        "cx": CX,
        "cy": CY,
        "rings": rings,
        "spokes": spokes,
        "labels": [_label(i, count, row["label"]) for i, row in enumerate(rows)],
        "first": None if single else _outline([row["first"] for row in rows], top),
        "latest": _outline([row["latest"] for row in rows], top),
    }
