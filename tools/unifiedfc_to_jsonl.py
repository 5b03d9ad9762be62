#!/usr/bin/env python3
"""Turn the UnifiedFC corpus (one JSON file per claim, parallel lists of articles) into isnad's
JSONL input: one article a line, {"id": "<claim>/<i>", "text", "url", "outlet"}.

    tools/unifiedfc_to_jsonl.py ../shared/data/unifiedfc/dataset > unifiedfc.jsonl
    tools/unifiedfc_to_jsonl.py DIR --repeat 10 > x10.jsonl   # 10x corpus with new ids

The outlet is the URL's host (the corpus has no outlet names). Standard library only."""
import json
import os
import sys
from urllib.parse import urlparse


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    folder = argv[1]
    repeat = int(argv[argv.index("--repeat") + 1]) if "--repeat" in argv else 1
    out = sys.stdout
    for r in range(repeat):
        for name in sorted(os.listdir(folder)):
            if not name.endswith(".json"):
                continue
            d = json.load(open(os.path.join(folder, name), encoding="utf-8"))
            urls = d.get("url") or []
            for i, text in enumerate(d.get("article") or []):
                url = urls[i] if i < len(urls) else None
                host = urlparse(url).netloc if url else None
                rid = f"{d['id']}/{i}" if r == 0 else f"{d['id']}/{i}#{r}"
                out.write(json.dumps({"id": rid, "text": text, "url": url, "outlet": host}, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
