#!/usr/bin/env python3
"""Check devset.gold.json against the dev-set articles beside it.

Usage: check_gold.py [GOLD.json]   (default: devset.gold.json next to this script)

The gold is hand-written, so this catches the slips a hand makes: a quote that is not
printed in the article word for word, a participant or speaker missing from the actors,
a date that is not a calendar date, an article file that does not exist. It follows
eval/GUIDELINES.md where a rule can be checked mechanically (quotes of one to three words
are optional; a date needs a known publication date or a year in the text). Names are
compared the way eval/score.py compares them, so a check passes here exactly when the
scorer would resolve the name. Python 3 standard library only.

Exit status 0 when the gold is consistent, 1 when an error was found.
"""
import datetime
import json
import os
import re
import sys
import unicodedata

TITLES = {
    "mr", "mrs", "ms", "dr", "gen", "general", "col", "colonel", "adm", "admiral", "president",
    "secretary", "minister", "sir", "lt", "maj", "sgt", "the",
}
MODES = {"phone", "video", "meeting", "unspecified"}
STATUSES = {"held", "scheduled", "proposed", "cancelled"}
KINDS = {"person", "organization"}
OPEN_QUOTES = "\"“‘'"
CLOSE_QUOTES = "\"”’'"


def fold(text):
    """Lowercase, strip accents and punctuation: the same folding as eval/score.py."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.lower().replace("’", "'").replace("‘", "'")
    text = re.sub(r"[^a-z0-9' -]+", " ", text)
    return " ".join(text.split())


def name_key(name):
    """A name without titles and middle initials, as eval/score.py matches names."""
    words = [w.strip("'") for w in fold(name).replace("-", " ").split()]
    words = [w for w in words if w and w not in TITLES]
    if len(words) > 2:
        words = [w for i, w in enumerate(words) if not (len(w) == 1 and 0 < i < len(words) - 1)]
    words = [w[:-2] if w.endswith("'s") else w for w in words]
    return " ".join(words)


def flat(text):
    """The article as one line with the quotation marks that open a paragraph taken out:
    a quote running over paragraphs reopens each paragraph with one, which the gold text
    leaves out."""
    text = re.sub(r"\n\s*[\"“]", " ", text)
    return " ".join(text.split())


def enclosure(text, part):
    """The characters just before and after part in text, or (None, None) if absent."""
    pos = text.find(part)
    if pos < 0:
        return None, None
    end = pos + len(part)
    return (text[pos - 1] if pos > 0 else ""), (text[end] if end < len(text) else "")


def valid_date(d):
    for layout in ("%Y-%m-%d", "%Y-%m"):
        try:
            datetime.datetime.strptime(d, layout)
            return len(d) == (10 if layout == "%Y-%m-%d" else 7)
        except ValueError:
            pass
    return False


class Checker:
    def __init__(self, folder):
        self.folder = folder
        self.errors = []
        self.warnings = []

    def error(self, where, msg):
        self.errors.append(f"{where}: {msg}")

    def warn(self, where, msg):
        self.warnings.append(f"{where}: {msg}")

    def article(self, a):
        where = a.get("file", "?")
        for key in ("file", "title", "published", "actors", "contacts", "quotes"):
            if key not in a:
                self.error(where, f"missing key {key!r}")
        path = os.path.join(self.folder, a.get("file", ""))
        if not os.path.isfile(path):
            self.error(where, "article file does not exist")
            return
        with open(path, encoding="utf-8") as f:
            raw = f.read()
        self.published(where, a, raw)
        keys = self.actors(where, a)
        for i, c in enumerate(a.get("contacts", [])):
            self.contact(f"{where} contact {i}", c, keys, a, raw)
        self.quotes(where, a, keys, raw)

    def published(self, where, a, raw):
        pub = a.get("published")
        if pub is not None and not (valid_date(pub) and len(pub) == 10):
            self.error(where, f"published {pub!r} is not YYYY-MM-DD")
        m = re.match(r"\s*date (\d{4}-\d{2}-\d{2})", raw)
        if m and m.group(1) != pub:
            self.error(where, f"date line says {m.group(1)} but published is {pub!r}")
        title = a.get("title")
        if title and title not in raw:
            self.error(where, "title is not printed in the article")

    def actors(self, where, a):
        keys = {}
        for act in a.get("actors", []):
            name = act.get("name")
            if not name:
                self.error(where, f"actor without a name: {act}")
                continue
            if act.get("kind") not in KINDS:
                self.error(where, f"{name}: kind {act.get('kind')!r} is not person or organization")
            country = act.get("country")
            if country not in (None, "") and not re.fullmatch(r"[A-Z]{2}", country):
                self.error(where, f"{name}: country {country!r} is not an ISO 3166-1 alpha-2 code")
            for alias in [name] + act.get("aliases", []):
                k = name_key(alias)
                if k in keys and keys[k] != name:
                    self.error(where, f"{alias!r} resolves to both {keys[k]!r} and {name!r}")
                keys[k] = name
            if not act.get("optional") and not any(
                    fold(n) in fold(raw_text(self.folder, a)) for n in [name] + act.get("aliases", [])):
                self.error(where, f"required actor {name!r}: neither name nor alias is in the text")
        for n in a.get("not_actors", []):
            if name_key(n) in keys:
                self.error(where, f"not_actor {n!r} is also an actor")
        return keys

    def contact(self, where, c, keys, a, raw):
        parts = c.get("participants", [])
        if len(parts) < 2:
            self.error(where, "a contact needs two participants or more")
        resolved = []
        for p in parts:
            if name_key(p) not in keys:
                self.error(where, f"participant {p!r} is not an actor of the article")
            resolved.append(keys.get(name_key(p), p))
        if len(set(resolved)) != len(resolved):
            self.error(where, "a participant is listed twice")
        if c.get("mode") not in MODES:
            self.error(where, f"mode {c.get('mode')!r}")
        if c.get("status") not in STATUSES:
            self.error(where, f"status {c.get('status')!r}")
        for key in ("date", "date_text"):
            if key not in c:
                self.error(where, f"missing key {key!r}")
        d = c.get("date")
        if d is not None:
            if not valid_date(d):
                self.error(where, f"date {d!r} is not YYYY-MM-DD or YYYY-MM")
            elif a.get("published") is None and d[:4] not in raw:
                self.error(where, f"date {d} given, but the article has no publication date and no year {d[:4]}")
        dt = c.get("date_text")
        if dt and dt not in raw:
            self.error(where, f"date_text {dt!r} is not printed in the article")
        ini = c.get("initiator")
        if ini and keys.get(name_key(ini)) not in resolved:
            self.error(where, f"initiator {ini!r} is not a participant")
        loc = c.get("location")
        if loc and loc not in raw:
            self.warn(where, f"location {loc!r} is not printed in the article")

    def quotes(self, where, a, keys, raw):
        one_line = " ".join(raw.split())
        seen = set()
        for i, q in enumerate(a.get("quotes", [])):
            w = f"{where} quote {i}"
            qt = q.get("text", "")
            if not qt:
                self.error(w, "empty text")
                continue
            if qt in seen:
                self.error(w, "the same quote is listed twice")
            seen.add(qt)
            sp = q.get("speaker")
            if sp is not None and name_key(sp) not in keys:
                self.error(w, f"speaker {sp!r} is not an actor of the article")
            if sp is None and not q.get("optional"):
                self.error(w, "a required quote needs a speaker")
            nwords = len(re.findall(r"[a-z0-9]+", fold(qt)))
            if nwords <= 3 and not q.get("optional"):
                self.error(w, f"{qt!r} has {nwords} words: quotes of one to three words are optional")
            before, after = enclosure(one_line, qt)
            if before is None:
                # a quote running over paragraphs: find it with the reopening marks
                # taken out, and check the marks around its first and last words
                if flat(raw).find(qt) < 0:
                    self.error(w, f"not printed verbatim in the article: {qt[:70]!r}")
                    continue
                before, _ = enclosure(one_line, qt[:30])
                _, after = enclosure(one_line, qt[-30:])
            if (before not in OPEN_QUOTES or after not in CLOSE_QUOTES) and not q.get("optional"):
                self.error(w, f"not between quotation marks (found {before!r}...{after!r}): {qt[:50]!r}")
        for nq in a.get("not_quotes", []):
            if any(fold(nq) == fold(q.get("text", "")) for q in a.get("quotes", [])):
                self.error(where, f"not_quote {nq!r} is also a quote")

    def events(self, gold):
        arts = {a.get("file"): a for a in gold.get("articles", [])}
        for ev in gold.get("events", []):
            w = f"event {ev.get('what', '?')!r}"
            refs = ev.get("same_as", [])
            if len(refs) < 2:
                self.error(w, "needs two mentions or more")
            sets = []
            for ref in refs:
                file, idx = ref
                a = arts.get(file)
                if a is None or not 0 <= idx < len(a.get("contacts", [])):
                    self.error(w, f"{ref} points to no contact")
                    continue
                c = a["contacts"][idx]
                if c.get("optional"):
                    self.error(w, f"{ref} points to an optional contact")
                keys = {}
                for act in a["actors"]:
                    for n in [act["name"]] + act.get("aliases", []):
                        keys[name_key(n)] = act["name"]
                sets.append(frozenset(keys.get(name_key(p), p) for p in c["participants"]))
            if len(set(sets)) > 1:
                self.error(w, f"the mentions have different participants: {[sorted(s) for s in sets]}")


def raw_text(folder, a):
    with open(os.path.join(folder, a["file"]), encoding="utf-8") as f:
        return f.read()


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "devset.gold.json")
    folder = os.path.dirname(os.path.abspath(path))
    with open(path, encoding="utf-8") as f:
        gold = json.load(f)
    ch = Checker(folder)
    files = set()
    for a in gold.get("articles", []):
        if a.get("file") in files:
            ch.error(a.get("file"), "article listed twice")
        files.add(a.get("file"))
        ch.article(a)
    for name in sorted(os.listdir(folder)):
        if name.endswith(".txt") and name not in files:
            ch.error(name, "article file has no gold entry")
    ch.events(gold)
    for w in ch.warnings:
        print("warning:", w)
    for e in ch.errors:
        print("error:", e)
    arts = gold.get("articles", [])
    req = lambda items: sum(1 for x in items if not x.get("optional"))
    print(f"{len(arts)} articles; required/all: "
          f"actors {sum(req(a['actors']) for a in arts)}/{sum(len(a['actors']) for a in arts)}, "
          f"contacts {sum(req(a['contacts']) for a in arts)}/{sum(len(a['contacts']) for a in arts)}, "
          f"quotes {sum(req(a['quotes']) for a in arts)}/{sum(len(a['quotes']) for a in arts)}; "
          f"{len(gold.get('events', []))} events; {len(ch.errors)} errors, {len(ch.warnings)} warnings")
    sys.exit(1 if ch.errors else 0)


if __name__ == "__main__":
    main()
