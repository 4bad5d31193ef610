#!/usr/bin/env python3
"""Rewrites the generated parts of README.md from the program itself: the screens between
`<!-- screen: NAME -->` and `<!-- /screen -->` (from `mppdash render --screen NAME --size 80x24
--lang en`) and the key table between `<!-- keys -->` and `<!-- /keys -->` (from `mppdash keys`).

Run it from the repository root after `swift build`: python3 scripts/update-readme.py
A test (MPPDashCLITests) fails when README.md is out of date.
"""
import os
import re
import subprocess
import sys

BINARY = ".build/debug/mppdash"
# The day the README's screens are rendered as of; the README test (CommandRunner.today) uses it too.
TODAY = "2026-11-29"
ENVIRONMENT = dict(os.environ, MPPDASH_TODAY=TODAY)


def render(name):
    result = subprocess.run([BINARY, "render", "--screen", name, "--size", "80x24", "--lang", "en"],
                            check=True, capture_output=True, text=True, env=ENVIRONMENT)
    return "```\n" + result.stdout + "```\n"


def keys():
    result = subprocess.run([BINARY, "keys"], check=True, capture_output=True, text=True, env=ENVIRONMENT)
    tables = result.stdout.split("\n## ", 1)[1]
    return "## " + tables.rstrip("\n").replace("\n## ", "\n### ").replace("## ", "### ", 1) + "\n"


def main():
    with open("README.md", encoding="utf-8") as handle:
        text = handle.read()
    text = re.sub(r"(<!-- screen: (\S+) -->\n).*?(<!-- /screen -->)",
                  lambda match: match.group(1) + render(match.group(2)) + match.group(3), text, flags=re.S)
    text = re.sub(r"(<!-- keys -->\n).*?(<!-- /keys -->)", lambda match: match.group(1) + keys() + match.group(2),
                  text, flags=re.S)
    with open("README.md", "w", encoding="utf-8") as handle:
        handle.write(text)


if __name__ == "__main__":
    sys.exit(main())
