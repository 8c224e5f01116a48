#!/usr/bin/env python3
"""A Datasette client, written against Datasette's documented JSON API and nothing else.

Usage: client.py BASE_URL [DATABASE]

It is the kind of script people write for Datasette 0.65/1.0, and it runs unchanged
against Hotline: it reads /-/versions.json and /-/databases.json, pages through a table
with _where, _labels=on, _extra=..., _facet_date and _size=max by following next_url,
reads newline-delimited JSON (_shape=array&_nl=on), and checks what it got for
consistency. Standard library only; exits 1 on the first inconsistency.
"""
import json
import sys
import urllib.parse
import urllib.request


def get(url):
    with urllib.request.urlopen(url, timeout=60) as resp:
        if resp.status != 200:
            fail(f"{url}: HTTP {resp.status}")
        return resp.read().decode("utf-8")


def get_json(url):
    return json.loads(get(url))


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        sys.exit(2)
    base = sys.argv[1].rstrip("/")
    versions = get_json(base + "/-/versions.json")
    print("versions:", {k: v.get("version") for k, v in versions.items() if isinstance(v, dict) and "version" in v})
    databases = get_json(base + "/-/databases.json")
    name = sys.argv[2] if len(sys.argv) > 2 else databases[0]["name"]
    db = base + "/" + urllib.parse.quote(name)

    # Every table with its count, from the database JSON.
    info = get_json(db + ".json")
    tables = {t["name"]: t for t in info["tables"]}
    if "contacts" not in tables:
        fail("no contacts table")

    # Page through the dated contacts with labels, extras and a date facet.
    params = urllib.parse.urlencode([
        ("_where", "date is not null"),
        ("_labels", "on"),
        ("_extra", "count,next_url,facet_results,suggested_facets,columns,primary_keys"),
        ("_facet_date", "date"),
        ("_size", "max"),
        ("_trace", "1"),
    ])
    url = db + "/contacts.json?" + params
    rows, pages, first = [], 0, None
    while url:
        page = get_json(url)
        first = first or page
        rows.extend(page["rows"])
        pages += 1
        url = page.get("next_url")
    count = first["count"]
    if count != len(rows):
        fail(f"count says {count}, paging gave {len(rows)} rows")
    if "id" not in first["columns"] or first["primary_keys"] != ["id"]:
        fail(f"columns {first['columns']}, primary_keys {first['primary_keys']}")
    for r in rows:
        if r["date"] is None:
            fail(f"_where=date is not null returned {r}")
        ini = r.get("initiator_id")
        if ini is not None and not (isinstance(ini, dict) and "value" in ini and "label" in ini):
            fail(f"_labels=on left initiator_id as {ini!r}")
    facets = first["facet_results"]["results"]
    date_facet = facets.get("date")
    if date_facet is None or date_facet["type"] != "date":
        fail(f"no date facet in {list(facets)}")
    days = sum(v["count"] for v in date_facet["results"] if v["value"] is not None)
    full_days = sum(1 for r in rows if len(r["date"]) == 10)
    if not date_facet["truncated"] and days != full_days:
        fail(f"date facet counts {days} days, the rows have {full_days} full dates")
    suggested = [s["name"] for s in first["suggested_facets"]]
    print(f"contacts: {count} dated in {pages} page(s); date facet {len(date_facet['results'])} days; suggested {suggested}")

    # next_url walks every page of a table; the extras count and list its rows.
    url = db + "/actors.json?_size=5&_extra=count,next_url&_labels=on"
    seen, pages, count = [], 0, None
    while url:
        page = get_json(url)
        count = page["count"] if count is None else count
        seen.extend(r["id"] for r in page["rows"])
        pages += 1
        url = page["next_url"]
    if len(seen) != count or len(set(seen)) != count:
        fail(f"paging actors by 5 gave {len(seen)} rows ({len(set(seen))} distinct), count says {count}")
    print(f"actors: {count} rows in {pages} pages of 5")

    # Newline-delimited JSON of a whole table.
    nl = get(db + "/contacts.json?_shape=array&_nl=on&_size=max")
    lines = [json.loads(line) for line in nl.splitlines() if line.strip()]
    total = tables["contacts"]["count"]
    if len(lines) != min(total, 1000):
        fail(f"_nl=on gave {len(lines)} lines for {total} contacts")
    print(f"_nl=on: {len(lines)} objects")

    # A label expanded in CSV is a column of its own.
    csv_head = get(db + "/contacts.csv?_labels=on&_size=1").splitlines()[0]
    if "initiator_id_label" not in csv_head.split(","):
        fail(f"CSV with _labels=on has header {csv_head}")
    print("OK")


if __name__ == "__main__":
    main()
