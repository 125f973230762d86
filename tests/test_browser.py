"""The seed article's page in a real browser (headless Chromium): the layout read back from the
rendered DOM, and a screenshot.  Skipped when no Chromium is installed (`.ci/run` installs
Debian's ``chromium``).  ``TIMELINE_SCREENSHOT=docs/timeline.png python -m pytest
tests/test_browser.py`` also keeps the screenshot there."""

from __future__ import annotations

import html
import itertools
import json
import os
import re
import shutil
import struct
import subprocess
from pathlib import Path
from typing import Any

import pytest
from test_api import annotated_timeline

from timeline import build_timeline, render_html

SEED = Path(__file__).parent.parent / "seeds" / "rourke_defends_baldwin_2023-01-31.txt"
BROWSER = next((p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None)
WIDTH, HEIGHT = 1200, 900

pytestmark = pytest.mark.skipif(BROWSER is None, reason="no Chromium installed (apt-get install chromium)")

# Run by the browser once the page is parsed and laid out: what it drew, where, as JSON in <pre id="layout">.
PROBE = """<script>
(function () {
  function box(el) { var r = el.getBoundingClientRect();
    return {left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width, height: r.height}; }
  var marks = Array.prototype.map.call(document.querySelectorAll('#chart .mark'), function (m) {
    var b = box(m); b.eid = m.getAttribute('data-eid'); b.value = m.getAttribute('data-value');
    b.shape = m.tagName.toLowerCase(); b.fill = getComputedStyle(m).fill; return b; });
  var links = Array.prototype.map.call(document.querySelectorAll('#chart a.row'), function (a) {
    var target = document.getElementById(a.getAttribute('href').slice(1));
    return {label: a.querySelector('text').textContent, target: target ? target.textContent : null}; });
  var out = {marks: marks, links: links, chart: box(document.getElementById('chart')),
             dateline: box(document.getElementById('dateline-mark')),
             segments: Array.prototype.map.call(document.querySelectorAll('#chart .band'), box),
             article: document.getElementById('article').textContent};
  var pre = document.createElement('pre'); pre.id = 'layout'; pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();
</script>"""


def chromium(*args: str, profile: Path) -> str:
    assert BROWSER is not None
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
             f"--user-data-dir={profile}", f"--window-size={WIDTH},{HEIGHT}"]
    done = subprocess.run([BROWSER, *flags, *args], capture_output=True, text=True, timeout=120, check=True)
    return done.stdout


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, Path, Any]:
    tmp = tmp_path_factory.mktemp("browser")
    tl = build_timeline(SEED.read_text(encoding="utf-8"), "2023-01-31")
    page = render_html(tl, title="Mickey Rourke defends Alec Baldwin")
    (tmp / "page.html").write_text(page, encoding="utf-8")
    (tmp / "probe.html").write_text(page.replace("</body>", PROBE + "</body>"), encoding="utf-8")
    dom = chromium("--dump-dom", (tmp / "probe.html").as_uri(), profile=tmp / "profile")
    found = re.search(r'<pre id="layout">(.*?)</pre>', dom, re.S)
    assert found, dom[-2000:]
    shot = tmp / "timeline.png"
    chromium(f"--screenshot={shot}", (tmp / "page.html").as_uri(), profile=tmp / "profile")
    return tl, shot, json.loads(html.unescape(found.group(1)))


def test_every_dated_event_is_drawn_in_time_order_on_the_axis(rendered: tuple[Any, Path, Any]) -> None:
    tl, _, layout = rendered
    marks, chart = layout["marks"], layout["chart"]
    assert [m["eid"] for m in marks] == [e.eid for e in tl.dated_events if e.asserted]
    assert [m["value"] for m in marks] == ["1986", "2021", "2023-01-19", "2023-01-19", "2023-W04", "2023-01-31"]
    for m in marks:  # drawn, with a size, inside the chart
        assert m["width"] > 0 and m["height"] > 0
        assert chart["left"] <= m["left"] < m["right"] <= chart["right"]
        assert chart["top"] <= m["top"] < m["bottom"] <= chart["bottom"]
    # left to right in time order, one row each from top to bottom
    lefts, rights = [m["left"] for m in marks], [m["right"] for m in marks]
    assert all(a <= b for a, b in itertools.pairwise(lefts))
    assert [a < b for a, b in itertools.pairwise(lefts)] == [True, True, False, True, True]  # Jan. 19 twice
    assert all(a <= b for a, b in itertools.pairwise(rights))
    tops = [m["top"] for m in marks]
    assert all(b - a >= 20 for a, b in itertools.pairwise(tops))
    # a day is a point, "last week" a bar, "1986" and "2021" longer bars
    point = {m["value"]: m["width"] for m in marks}
    assert point["2023-01-19"] == point["2023-01-31"] <= 16
    assert min(point["1986"], point["2021"]) > point["2023-W04"] > 3 * point["2023-01-19"]
    # the dateline runs through Tuesday's point, after last week's bar and Jan. 19
    x = (layout["dateline"]["left"] + layout["dateline"]["right"]) / 2
    tuesday = marks[5]
    assert abs(x - (tuesday["left"] + tuesday["right"]) / 2) < 1
    assert marks[3]["right"] < marks[4]["left"] and marks[4]["right"] < x
    # the broken axis: three segments side by side, each mark inside one
    segments = layout["segments"]
    assert len(segments) == 3 and all(a["right"] < b["left"] for a, b in itertools.pairwise(segments))
    inside = [next(i for i, s in enumerate(segments) if s["left"] <= m["left"] and m["right"] <= s["right"])
              for m in marks]
    assert inside == [0, 1, 2, 2, 2, 2]
    # colours follow the relation to the dateline: five before, Tuesday on it
    assert len({m["fill"] for m in marks[:5]}) == 1 and marks[5]["fill"] != marks[0]["fill"]


def test_each_dated_event_links_to_its_span_in_the_rendered_article(rendered: tuple[Any, Path, Any]) -> None:
    tl, _, layout = rendered
    assert layout["article"] == tl.text
    assert len(layout["links"]) == len([e for e in tl.dated_events if e.asserted])
    for link, event in zip(layout["links"], [e for e in tl.dated_events if e.asserted], strict=True):
        assert link["target"] is not None and " ".join(link["target"].split()) == " ".join(event.text.split())
        assert event.trigger in link["label"]


def test_screenshot(rendered: tuple[Any, Path, Any]) -> None:
    _, shot, _ = rendered
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", data[16:24]) == (WIDTH, HEIGHT)
    keep = os.environ.get("TIMELINE_SCREENSHOT")
    if keep:
        shutil.copyfile(shot, keep)


# What the browser shows of the events kept off the axis: the drawn marks, the note, the list apart.
APART_PROBE = """<script>
(function () {
  function box(el) { var r = el.getBoundingClientRect();
    return {left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width, height: r.height}; }
  var note = document.getElementById('not-drawn');
  var out = {
    marks: Array.prototype.map.call(document.querySelectorAll('#chart .mark'), function (m) {
      var b = box(m); b.eid = m.getAttribute('data-eid'); b.opacity = getComputedStyle(m).fillOpacity; return b; }),
    note: note ? box(note) : null, noteText: note ? note.textContent : null,
    chart: box(document.getElementById('chart')),
    apart: Array.prototype.map.call(document.querySelectorAll('#unasserted li'), function (li) {
      var b = box(li); b.eid = li.getAttribute('data-eid');
      b.flags = Array.prototype.map.call(li.querySelectorAll('.flag'), function (f) {
        var c = getComputedStyle(f); return {text: f.textContent, color: c.color, background: c.backgroundColor}; });
      return b; })};
  var pre = document.createElement('pre'); pre.id = 'layout'; pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();
</script>"""


def _layout(page: str, tmp: Path) -> Any:
    (tmp / "probe.html").write_text(page.replace("</body>", APART_PROBE + "</body>"), encoding="utf-8")
    dom = chromium("--dump-dom", (tmp / "probe.html").as_uri(), profile=tmp / "profile")
    found = re.search(r'<pre id="layout">(.*?)</pre>', dom, re.S)
    assert found, dom[-2000:]
    return json.loads(html.unescape(found.group(1)))


def test_negated_and_hypothetical_events_shown_apart_not_on_the_axis(tmp_path: Path) -> None:
    layout = _layout(render_html(annotated_timeline()), tmp_path)
    assert [m["eid"] for m in layout["marks"]] == ["e1", "e4"]
    assert layout["note"]["height"] > 0 and layout["note"]["top"] >= layout["chart"]["bottom"]
    assert layout["noteText"].startswith("2 dated events not drawn: negated or hypothetical")
    apart = layout["apart"]
    assert [a["eid"] for a in apart] == ["e2", "e3", "e5"]
    assert all(a["height"] > 0 and a["top"] > layout["note"]["bottom"] for a in apart)  # listed below, visible
    assert [[f["text"] for f in a["flags"]] for a in apart] == [["NEG"], ["may"], ["NEG", "would"]]
    assert all(f["color"] != f["background"] for a in apart for f in a["flags"])  # readable badges


def test_with_all_events_the_unasserted_ones_are_drawn_hollow(tmp_path: Path) -> None:
    layout = _layout(render_html(annotated_timeline(), asserted_only=False), tmp_path)
    assert [m["eid"] for m in layout["marks"]] == ["e1", "e4", "e2", "e3"]
    assert layout["note"] is None and layout["apart"] == []
    assert [float(m["opacity"]) < 1 for m in layout["marks"]] == [False, False, True, True]
