#!/usr/bin/env python3
"""Writes i18n/sales-pipeline_he.properties from its UTF-8 source, every non-ASCII character as a \\uXXXX escape.

Jira reads message bundles as ISO-8859-1, so the bundle it reads holds only ASCII. Run from the repository root:
    python3 i18n/src/escape_bundle.py
"""
import pathlib

SOURCE = pathlib.Path("i18n/src/sales-pipeline_he.utf8.properties")
TARGET = pathlib.Path("i18n/sales-pipeline_he.properties")
HEADER = ("# Hebrew messages of Sales Pipeline for Jira. Generated from i18n/src/sales-pipeline_he.utf8.properties\n"
          "# by i18n/src/escape_bundle.py: edit that file, then run the script.\n")


def escape(text):
    return "".join(c if ord(c) < 128 else "\\u%04x" % ord(c) for c in text)


def main():
    lines = SOURCE.read_text(encoding="utf-8").splitlines(keepends=True)
    while lines and lines[0].startswith("#"):
        lines.pop(0)
    TARGET.write_text(HEADER + escape("".join(lines)), encoding="ascii", newline="\n")


if __name__ == "__main__":
    main()
