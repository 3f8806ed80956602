"""Charts drawn on the server: geometry here, SVG markup in templates/skills/charts/.

No script and no CDN: the page carries finished SVG, and every chart comes with its
numbers as a table for people who cannot see it. Coordinates leave here as text with
a decimal point, whatever the language of the page.
"""

from dataclasses import dataclass, field

WIDTH = 640
LABEL_WIDTH = 200
VALUE_WIDTH = 56
BAR = 22
GAP = 10
PLOT_TOP = 16
PLOT_HEIGHT = 170
AXIS_X = 44
FOOT = 34
LINE_PAD = 36  # room for half a month label at either end


def n(value):
    """A coordinate as SVG wants it: a dot, one decimal."""
    return f"{value:.1f}"


@dataclass
class Mark:
    """One bar or point, with where its rectangle/dot and its texts go."""

    label: str
    text: str
    x: str = "0"
    y: str = "0"
    width: str = "0"
    height: str = "0"
    label_x: str = "0"
    label_y: str = "0"
    text_x: str = "0"
    text_y: str = "0"
    tone: str = ""


@dataclass
class Chart:
    title: str
    description: str
    width: int
    height: int
    marks: list = field(default_factory=list)
    ticks: list = field(default_factory=list)  # (y, text) of the value axis
    polyline: str = ""
    axis_x: str = n(AXIS_X - 4)
    tick_x: str = n(AXIS_X - 8)


def scaled(value, top, length):
    return 0 if not top else length * min(max(value or 0, 0), top) / top


def coverage_tone(share):
    """A band of the coverage scale (see .heat-* and .chart-bar--* in matrix.css)."""
    if share is None:
        return "none"
    bands = [(0.5, "low"), (0.75, "mid"), (0.9, "good")]
    return next((tone for limit, tone in bands if share < limit), "full")


def horizontal_bar(index, label, share, text):
    length = WIDTH - LABEL_WIDTH - VALUE_WIDTH
    y = PLOT_TOP + index * (BAR + GAP)
    width = scaled(share, 1.0, length)
    return Mark(
        label,
        text,
        x=n(LABEL_WIDTH),
        y=n(y),
        width=n(width),
        height=n(BAR),
        label_x=n(LABEL_WIDTH - 8),
        label_y=n(y + 15),
        text_x=n(LABEL_WIDTH + width + 6),
        text_y=n(y + 15),
        tone=coverage_tone(share),
    )


def horizontal_bars(items, *, title, description):
    """``items`` are (label, share 0..1 or None, text); one coloured bar per line."""
    marks = [horizontal_bar(i, *item) for i, item in enumerate(items)]
    height = PLOT_TOP + len(items) * (BAR + GAP)
    return Chart(title, description, WIDTH, height, marks=marks)


def value_ticks(top, steps):
    return [
        (n(PLOT_TOP + PLOT_HEIGHT - scaled(v, top, PLOT_HEIGHT)), text)
        for v, text in steps
    ]


def column(index, slot, top, label, value, text):
    height = scaled(value, top, PLOT_HEIGHT)
    x = AXIS_X + index * slot + slot * 0.15
    y = PLOT_TOP + PLOT_HEIGHT - height
    return Mark(
        label,
        text,
        x=n(x),
        y=n(y),
        width=n(slot * 0.7),
        height=n(height),
        label_x=n(x + slot * 0.35),
        label_y=n(PLOT_TOP + PLOT_HEIGHT + 18),
        text_x=n(x + slot * 0.35),
        text_y=n(y - 4),
    )


def vertical_bars(items, *, title, description):
    """``items`` are (label, count, text); columns stand on a shared baseline."""
    top = max((value for _, value, _ in items), default=0) or 1
    slot = (WIDTH - AXIS_X) / max(len(items), 1)
    marks = [column(i, slot, top, *item) for i, item in enumerate(items)]
    ticks = value_ticks(top, [(0, "0"), (top, str(top))])
    height = PLOT_TOP + PLOT_HEIGHT + FOOT
    return Chart(title, description, WIDTH, height, marks=marks, ticks=ticks)


def point(index, slot, label, share, text):
    x = AXIS_X + LINE_PAD + index * slot
    y = PLOT_TOP + PLOT_HEIGHT - scaled(share, 1.0, PLOT_HEIGHT)
    return Mark(
        label,
        text,
        x=n(x),
        y=n(y),
        label_x=n(x),
        label_y=n(PLOT_TOP + PLOT_HEIGHT + 18),
        text_x=n(x),
        text_y=n(y - 8),
    )


def line(items, *, title, description):
    """``items`` are (label, share 0..1, text); a line over a 0-100 % axis."""
    slot = (WIDTH - AXIS_X - 2 * LINE_PAD) / max(len(items) - 1, 1)
    marks = [point(i, slot, *item) for i, item in enumerate(items)]
    ticks = value_ticks(1.0, [(0, "0%"), (0.5, "50%"), (1.0, "100%")])
    return Chart(
        title,
        description,
        WIDTH,
        PLOT_TOP + PLOT_HEIGHT + FOOT,
        marks=marks,
        ticks=ticks,
        polyline=" ".join(f"{m.x},{m.y}" for m in marks),
    )
