"""Pages for people: home, a report with its evidence linked both ways to the facts, a
person, a state, the network picture and a pair's timeline, saved questions from forms;
text from reports is escaped wherever it shows."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from starlette.testclient import TestClient

from diplograph.queries import saved_queries

pytest_plugins = ["serve_support"]  # fixtures: served_store, client

HTML = {"Accept": "text/html"}
SVG = "{http://www.w3.org/2000/svg}"


def report_path(client: TestClient, doc: str) -> str:
    home = client.get("/", headers=HTML).text
    m = re.search(r'<a href="(/id/report/[0-9a-f]+)">' + re.escape(doc) + "</a>", home)
    assert m, home
    return m.group(1)


def test_home_shows_figures_documents_and_a_form_per_question(client: TestClient) -> None:
    r = client.get("/", headers=HTML)
    assert r.status_code == 200
    assert re.search(r"<dt>documents</dt><dd>3</dd>", r.text)
    assert "2025-05-14" in r.text and "tirana-visit" in r.text
    for name in saved_queries():
        assert f'action="/queries/{name}"' in r.text
    assert 'id="post-holders-on" name="on" type="date" required' in r.text
    assert "<script" not in r.text.lower() and "http://" not in r.text.split("<body>")[0]


def test_report_text_is_escaped_and_every_span_links_both_ways(client: TestClient) -> None:
    page = client.get(report_path(client, "tirana-visit"), headers=HTML).text
    assert "<script>" not in page and "&lt;script&gt;alert(" in page
    facts = re.findall(r'<tr id="([a-z]+-\d+)">', page)
    assert len(facts) >= 5 and {"act-0", "quotation-0", "communication-0"} <= set(facts)
    for fid in facts:
        assert f'<span id="ev-{fid}"></span>' in page, fid  # where its evidence starts
        assert f'href="#{fid}" class="ref"' in page, fid  # from the text to the fact
        assert f'<a href="#ev-{fid}" class="to-text">' in page, fid  # from the fact to the text
    thanked = re.search(r'<a href="#act-0" class="span"[^>]*>([^<]*)</a>', page)
    assert thanked and thanked.group(1).startswith("Edi Rama thanked Giorgos Gerapetritis")


def test_person_page_has_posts_with_dates_and_evidence_and_communications(client: TestClient) -> None:
    page = client.get("/id/person/edi-rama", headers=HTML).text
    posts = page.split('id="posts-h"')[1].split('id="comms-h"')[0]
    assert "Prime Minister of Albania" in posts and "2025-05-14" in posts
    assert "“Prime Minister of Albania Edi Rama”" in posts
    comms = page.split('id="comms-h"')[1]
    assert "meeting" in comms and "Giorgos Gerapetritis" in comms and "sent" in comms
    assert "#communication-0" in comms


def test_state_page_has_contacts_and_characterisations_with_who_said_them(client: TestClient) -> None:
    page = client.get("/id/state/AL", headers=HTML).text
    contacts = page.split('id="contacts-h"')[1].split('id="rel-h"')[0]
    assert "Greece" in contacts and "meeting" in contacts and 'href="/pair/AL/GR"' in contacts
    rel = page.split('id="rel-h"')[1]
    assert "strategic partnership" in rel and "the report" in rel
    page = client.get("/id/state/UZ", headers=HTML).text
    assert "brotherly relations" in page and "Turkmenistan" in page


def _svg(text: str) -> ET.Element:
    return ET.fromstring(text)


def test_network_svg_weights_edges_and_filters_by_date_and_kind(client: TestClient) -> None:
    r = client.get("/network.svg")
    assert r.headers["content-type"].startswith("image/svg+xml")
    edges = _svg(r.text).findall(f".//{SVG}line")
    assert len(edges) == 3 and all(e.get("data-weight") == "1" for e in edges)
    labels = {t.text for t in _svg(r.text).iter(f"{SVG}text")}
    assert {"Albania", "Greece", "Kyrgyzstan", "Tajikistan", "Uzbekistan", "Turkmenistan"} <= labels
    assert len(_svg(client.get("/network.svg", params={"kind": "letter"}).text).findall(f".//{SVG}line")) == 1
    later = _svg(client.get("/network.svg", params={"from": "2025-01-01"}).text)
    assert [t.text for t in later.iter(f"{SVG}title")][1] == "Albania and Greece: 1 contact"
    assert not _svg(client.get("/network.svg", params={"to": "2020-01-01"}).text).findall(f".//{SVG}line")
    page = client.get("/network", params={"kind": "phone_call"}, headers=HTML).text
    assert "<svg" in page and "1 contact." in page and "<option selected>phone_call</option>" in page


def test_pair_timeline(client: TestClient) -> None:
    page = client.get("/pair/al/gr", headers=HTML).text
    svg = _svg(page.split("<figure>")[1].split("</figure>")[0])
    assert len(svg.findall(f".//{SVG}circle")) == 1 and len(svg.findall(f".//{SVG}rect")) == 1
    assert "strategic partnership" in page and "Albania and Greece" in page
    assert client.get("/pair/AL/../etc", headers=HTML).status_code == 404


def test_saved_question_from_its_form(client: TestClient) -> None:
    r = client.get("/queries/relationship", params={"state1": "Albania", "state2": "Greece"}, headers=HTML)
    assert r.status_code == 200 and "<td>strategic partnership</td>" in r.text
    r = client.get("/queries/post-holders", params={"post": "President", "of": "X", "on": "soon"}, headers=HTML)
    assert r.status_code == 400 and "&#39;on&#39;" in r.text and 'role="alert"' in r.text
    r = client.get("/queries/relationship", headers=HTML)  # the form only, nothing run
    assert r.status_code == 200 and "<table>" not in r.text


def test_links_go_only_to_the_dataset_or_the_web(tmp_path: Path) -> None:
    from diplograph.serve.app import Settings, href

    s = Settings(store=tmp_path)
    assert href(s, "https://w3id.org/diplograph/id/state/AL") == "/id/state/AL"
    assert href(s, "https://www.wikidata.org/entity/Q222") == "https://www.wikidata.org/entity/Q222"
    for bad in ("javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,<script>x</script>", "urn:x"):
        assert href(s, bad) == "#"
