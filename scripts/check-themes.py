#!/usr/bin/env python3
"""Checks the colour themes: every Themes/*.json (or the files given) against
Themes/theme.schema.json, that each theme's name is its file name, that glyphs are one column
wide, and that every text role reaches WCAG contrast 4.5:1 at 256 colours.

Text roles are all roles except border, gauge.filled and gauge.empty. The contrast is the
role's fg against its bg at the 256-colour level, in the standard xterm palette; "default" is
the terminal's own colour: fg white and bg black for a "dark" theme, fg black and bg white for a
"light" one.

Run it as python3 scripts/check-themes.py [-v] [FILE ...] (the default files are found from the
script's place, whatever the current folder).
Prints every problem as FILE: PATH: message, then a table of contrast ratios (one column per
theme, the lowest last); exits 1 on any problem or any ratio below 4.5, 0 otherwise.
Needs Python 3 and the jsonschema package (pip install jsonschema).
"""
import argparse
import glob
import json
import os
import sys
import unicodedata

try:
    import jsonschema
except ImportError:  # pragma: no cover
    sys.exit("check-themes.py needs the jsonschema package: pip install jsonschema")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
THEMES_DIR = os.path.relpath(os.path.join(ROOT, "Themes"))
SCHEMA_FILE = os.path.join(THEMES_DIR, "theme.schema.json")
MINIMUM_CONTRAST = 4.5

ROLES = ["text", "muted", "header", "selected", "border", "title", "good", "warning", "bad", "unknown",
         "gauge.filled", "gauge.empty", "digital", "conflict", "chart.1", "chart.2", "chart.3", "chart.4",
         "statusbar", "search.match"]
NON_TEXT_ROLES = {"border", "gauge.filled", "gauge.empty"}
TEXT_ROLES = [role for role in ROLES if role not in NON_TEXT_ROLES]
GLYPH_KEYS = ["ellipsis", "sortAscending", "sortDescending", "selectionMarker", "gaugeEmpty"]

# The xterm defaults for 0–15.
SYSTEM_COLORS = ["000000", "cd0000", "00cd00", "cdcd00", "0000ee", "cd00cd", "00cdcd", "e5e5e5",
                 "7f7f7f", "ff0000", "00ff00", "ffff00", "5c5cff", "ff00ff", "00ffff", "ffffff"]
CUBE_LEVELS = [0, 95, 135, 175, 215, 255]


def xterm_rgb(number):
    """The (r, g, b) of an xterm-256 colour number."""
    if number < 16:
        value = SYSTEM_COLORS[number]
        return tuple(int(value[index:index + 2], 16) for index in (0, 2, 4))
    if number < 232:
        index = number - 16
        return CUBE_LEVELS[index // 36], CUBE_LEVELS[index // 6 % 6], CUBE_LEVELS[index % 6]
    grey = 8 + 10 * (number - 232)
    return grey, grey, grey


def relative_luminance(rgb):
    def channel(value):
        value /= 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
    red, green, blue = (channel(value) for value in rgb)
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first, second):
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def resolve(color, is_foreground, background):
    """The RGB of a 256-level colour; "default" is the terminal's own colour."""
    if color == "default":
        dark = background == "dark"
        white = (255, 255, 255)
        black = (0, 0, 0)
        if is_foreground:
            return white if dark else black
        return black if dark else white
    return xterm_rgb(color)


def describe(color):
    return "default" if color == "default" else str(color)


def load_json(path):
    """Reads JSON, refusing duplicate keys (a role given twice)."""
    def no_duplicates(pairs):
        result = {}
        for key, value in pairs:
            if key in result:
                raise ValueError(f"key {key!r} appears more than once")
            result[key] = value
        return result
    with open(path, encoding="utf-8") as handle:
        return json.load(handle, object_pairs_hook=no_duplicates)


def json_path(parts):
    path = "$"
    for part in parts:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if part.isidentifier() else f"[{json.dumps(part)}]")
    return path


def error_message(error):
    """The schema's message, or for a colour or a description (a oneOf) what it should be."""
    if error.validator == "oneOf" and "description" in error.schema:
        return f"{json.dumps(error.instance)} is not {error.schema['description']}"
    return error.message


def check_colour_numbers(theme, problems):
    """The schema's "integer" also admits 5.0; the loader wants plain integers."""
    roles = theme.get("roles")
    for role, style in (roles.items() if isinstance(roles, dict) else []):
        for depth in ("256", "16", "8"):
            for key in ("fg", "bg"):
                pair = style.get(depth) if isinstance(style, dict) else None
                value = pair.get(key) if isinstance(pair, dict) else None
                if isinstance(value, float):
                    problems.append((json_path(["roles", role, depth, key]), f"{value} is not a whole colour number"))


def check_glyphs(theme, problems):
    glyphs = theme.get("glyphs")
    if not isinstance(glyphs, dict):
        return
    for key in GLYPH_KEYS:
        value = glyphs.get(key)
        if not isinstance(value, str) or len(value) != 1:
            continue
        if unicodedata.east_asian_width(value) in ("W", "F") or unicodedata.combining(value) \
                or unicodedata.category(value) in ("Mn", "Me", "Cf", "Cc", "Zl", "Zp"):
            problems.append((json_path(["glyphs", key]), f"{value!r} is not one column wide"))


def contrast_of(theme, role):
    pair = theme["roles"][role]["256"]
    foreground = resolve(pair["fg"], True, theme["background"])
    background = resolve(pair["bg"], False, theme["background"])
    return contrast(foreground, background)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", help="theme files (default: Themes/*.json)")
    parser.add_argument("-v", "--verbose", action="store_true", help="also print each text role's colours per theme")
    arguments = parser.parse_args()

    schema = load_json(SCHEMA_FILE)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)

    files = arguments.files or sorted(path for path in glob.glob(os.path.join(THEMES_DIR, "*.json"))
                                      if os.path.basename(path) != os.path.basename(SCHEMA_FILE))
    if not files:
        print("check-themes: no theme files", file=sys.stderr)
        return 1

    failed = False
    checked = []  # (name, theme) of every theme that passed the schema
    for path in files:
        problems = []
        try:
            theme = load_json(path)
        except (OSError, ValueError) as error:
            print(f"{path}: {error}")
            failed = True
            continue
        for error in sorted(validator.iter_errors(theme), key=lambda error: list(map(str, error.absolute_path))):
            problems.append((json_path(list(error.absolute_path)), error_message(error)))
        stem = os.path.splitext(os.path.basename(path))[0]
        if isinstance(theme, dict) and isinstance(theme.get("name"), str) and theme["name"] != stem:
            problems.append(("$.name", f"{theme['name']!r} is not the file name {stem!r}"))
        if isinstance(theme, dict):
            check_colour_numbers(theme, problems)
            check_glyphs(theme, problems)
        for where, message in problems:
            print(f"{path}: {where}: {message}")
        if problems:
            failed = True
        else:
            checked.append((stem, theme))

    if checked:
        print_table(checked, arguments.verbose)
        for name, theme in checked:
            for role in TEXT_ROLES:
                ratio = contrast_of(theme, role)
                if ratio < MINIMUM_CONTRAST:
                    pair = theme["roles"][role]["256"]
                    print(f"{name}: roles.{role}: contrast {ratio:.2f}:1 (fg {describe(pair['fg'])} on bg "
                          f"{describe(pair['bg'])}, {theme['background']} background) is below {MINIMUM_CONTRAST}:1")
                    failed = True

    print("FAILED" if failed else f"OK: {len(checked)} theme{'' if len(checked) == 1 else 's'}")
    return 1 if failed else 0


def print_table(themes, verbose):
    """One row per text role, one column per theme: the contrast ratio at 256 colours."""
    names = [name for name, _ in themes]
    width = max(8, *(len(name) for name in names))
    role_width = max(len(role) for role in TEXT_ROLES + ["minimum"])
    print(f"WCAG contrast at 256 colours (text roles; * below {MINIMUM_CONTRAST}:1)")
    print(" " * role_width + "  " + "  ".join(name.rjust(width) for name in names))
    minimum = {name: None for name in names}
    for role in TEXT_ROLES:
        cells = []
        for name, theme in themes:
            ratio = contrast_of(theme, role)
            minimum[name] = ratio if minimum[name] is None else min(minimum[name], ratio)
            cells.append((f"{ratio:.2f}" + ("*" if ratio < MINIMUM_CONTRAST else " ")).rjust(width))
        print(role.ljust(role_width) + "  " + "  ".join(cells))
    print("minimum".ljust(role_width) + "  " + "  ".join(f"{minimum[name]:.2f} ".rjust(width) for name in names))
    if verbose:
        for name, theme in themes:
            print(f"\n{name} ({theme['background']} background)")
            for role in TEXT_ROLES:
                pair = theme["roles"][role]["256"]
                foreground = resolve(pair["fg"], True, theme["background"])
                background = resolve(pair["bg"], False, theme["background"])
                print(f"  {role.ljust(role_width)}  fg {describe(pair['fg']).rjust(7)} #{'%02x%02x%02x' % foreground}"
                      f"  bg {describe(pair['bg']).rjust(7)} #{'%02x%02x%02x' % background}"
                      f"  {contrast_of(theme, role):6.2f}:1")


if __name__ == "__main__":
    sys.exit(main())
