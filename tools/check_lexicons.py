#!/usr/bin/env python3
"""Validate the isnad lexicon TSV files (stdlib only; run by CI).

Usage: python3 tools/check_lexicons.py [DIR ...]   (default: lexicons/ next to this script)

Checks every *.tsv file: a header line, then each entry with exactly the header's number of
tab-separated cells (in a user folder given as argument, trailing empty cells may be left out and
`-form` removal lines are allowed, as the loader accepts them), a non-empty
first cell, no stray spaces, and -- for the files with a schema below -- allowed values and no two
entries whose first cells fold to the same key. Prints `file:line: message` for every problem and
exits 1 if there was any.
"""
import os
import re
import sys
import unicodedata

ROLES = {"military", "government", "media", "armed_group", "civilian", "other"}
ID_RE = re.compile(r"^[A-Z][A-Z0-9_]*(\.[A-Z0-9_]+)*$")
SCHEMAS = {
    "actors.tsv": {
        "header": ["alias", "id", "canonical", "type", "party", "role", "flags"],
        "values": {
            "type": {"PER", "ORG", "GPE"},
            "role": ROLES,
        },
    },
    "cues.tsv": {
        "header": ["form", "stance", "shape"],
        "values": {
            "stance": {"assert", "deny", "acknowledge", "confirm", "claim", "estimate",
                       "demand", "promise", "accuse"},
            "shape": {"verb", "participle", "according", "passive", "noun", "demand_phrase", "masdar", "report_object"},
        },
    },
    "triggers.tsv": {
        "header": ["form", "type", "pos"],
        "values": {
            "type": {"control", "capture", "withdrawal", "advance", "attack", "clash", "airstrike",
                     "shelling", "bombing", "shootdown", "casualties", "siege", "support",
                     "deployment", "agreement", "arrest", "protest", "displacement", "other"},
            "pos": {"verb", "noun"},
        },
    },
    "polarity.tsv": {
        "header": ["form", "value", "scope"],
        "values": {"value": {"neg", "false"}, "scope": {"next", "clause"}},
    },
    "words.tsv": {"header": ["form", "classes"], "values": {}},
    "chrome.tsv": {"header": ["form", "kind", "max_words"], "values": {"kind": {"line", "list"}}},
    "modality.tsv": {
        "header": ["form", "modality", "scope"],
        "values": {
            "modality": {"planned", "intended", "failed", "possible", "retake"},
            "scope": {"next", "clause"},
        },
    },
}
FLAGS = {"nominal", "title", "anaphor"}
# The classes of words.tsv: the names of isnad_lexicon::WordClass (a Rust test keeps them in step).
WORD_CLASSES = {
    "relative", "lose", "intransitive", "weak", "light_verb", "demonstrative", "place_pronoun",
    "pronoun_word", "locative", "classifier", "topic", "presupposing", "preposition",
    "city_anaphor", "country", "attempt_noun", "member_noun", "aimed_verb", "foil_verb",
    "fall_verb", "into_hands", "hand", "arms_adjective", "concessive", "pointer", "pointer_head",
    "pointer_tail", "existential", "hit_stem", "nisba_homograph", "in_it", "movement_stem", "force_noun", "craft", "region_word", "town_word", "aircraft", "artillery", "civilian", "instrument",
    "disaster", "not_future", "la_idiom", "purpose", "retake_stem", "manner_stem", "from_prep",
    "toward_prep", "on_prep", "in_prep", "with_prep", "bare_prep", "adjacent_negator",
    "trigger_in_name", "name_rest", "bombard_stem", "strike_stem", "bound_min", "bound_max",
    "bound_about", "suicide_stem", "base_stem", "abduction_stem", "talks_noun", "outside", "report_noun", "withdraw_stem",
}

_DIAC = re.compile("[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640"
                   "\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_TR = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})


def fold(s):
    """Approximates isnad_text::fold, enough to find duplicate keys."""
    s = unicodedata.normalize("NFKC", s)
    s = _DIAC.sub("", s).translate(_TR)
    s = s.replace("\u0640", "").replace('"', "").replace("«", "").replace("»", "")
    return " ".join(s.lower().split())


def check_file(path, strict=True):
    name = os.path.basename(path)
    schema = SCHEMAS.get(name)
    errors = []
    header = None
    seen = {}
    try:
        with open(path, encoding="utf-8") as f:
            lines = f.read().lstrip("\ufeff").split("\n")
    except (OSError, UnicodeDecodeError) as e:
        return [f"{path}:0: cannot read: {e}"]
    for no, raw in enumerate(lines, 1):
        line = raw.rstrip("\r")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = line.split("\t")
        err = lambda msg: errors.append(f"{path}:{no}: {msg}")
        if header is None:
            header = cells
            if schema and header != schema["header"]:
                err(f"header must be {' | '.join(schema['header'])}, found {' | '.join(header)}")
                return errors
            continue
        if cells[0].startswith("-"):
            # a user's removal line: only the form matters
            if not cells[0][1:].strip():
                err("removal line without a form")
            continue
        if schema and not strict:
            # user folders may leave out trailing empty cells, like the loader allows
            if len(cells) > len(header) or len(cells) < 2:
                err(f"expected up to {len(header)} tab-separated cells, found {len(cells)}")
                continue
            cells = cells + [""] * (len(header) - len(cells))
        elif schema:
            if len(cells) != len(header):
                err(f"expected {len(header)} tab-separated cells, found {len(cells)}")
                continue
        elif len(cells) > len(header):
            err(f"expected at most {len(header)} cells, found {len(cells)}")
            continue
        if not cells[0].strip():
            err("the first cell is empty")
            continue
        for c in cells:
            if c != c.strip() or "  " in c:
                err(f"stray spaces in cell {c!r}")
        if not schema:
            continue
        row = dict(zip(header, cells))
        for col, allowed in schema["values"].items():
            if row[col] not in allowed:
                err(f"{col} {row[col]!r} is not one of {', '.join(sorted(allowed))}")
        if name == "actors.tsv":
            for col in ("id", "party"):
                if row[col] and not ID_RE.match(row[col]):
                    err(f"{col} {row[col]!r} is not an upper-case registry id")
            flags = [x for x in row["flags"].split(",") if x] if row["flags"] else []
            for fl in flags:
                if fl not in FLAGS:
                    err(f"flag {fl!r} is not one of {', '.join(sorted(FLAGS))}")
            if not row["canonical"]:
                err("canonical is empty")
        if name == "words.tsv":
            classes = row["classes"].split(",") if row["classes"] else []
            if not classes:
                err("no class given")
            for c in classes:
                if c not in WORD_CLASSES:
                    err(f"word class {c!r} is not one of {', '.join(sorted(WORD_CLASSES))}")
        key = fold(cells[0])
        if name == "triggers.tsv":
            # A form may be both a verb and a noun unvocalised (تقدم، قصف): one row for each.
            key = (key, row.get("pos", ""))
        if name == "cues.tsv":
            # A form may have a conditional reading of its own (report_object) beside its plain one.
            key = (key, row.get("shape", ""))
        if key in seen:
            err(f"duplicate of line {seen[key]} ({cells[0]!r})")
        else:
            seen[key] = no
    if header is None:
        errors.append(f"{path}:0: no header line")
    return errors


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    dirs = argv[1:] or [os.path.join(here, "..", "lexicons")]
    errors = []
    count = 0
    for d in dirs:
        files = sorted(os.path.join(d, n) for n in os.listdir(d) if n.endswith(".tsv"))
        for p in files:
            count += 1
            errors += check_file(p, strict=not argv[1:])
    for e in errors:
        print(e)
    missing = [n for n in SCHEMAS for d in dirs[:1] if not os.path.exists(os.path.join(d, n))]
    if not argv[1:]:
        for n in missing:
            print(f"{os.path.join(dirs[0], n)}:0: bundled lexicon is missing")
            errors.append(n)
    print(f"checked {count} files: {'OK' if not errors else str(len(errors)) + ' problem(s)'}",
          file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
