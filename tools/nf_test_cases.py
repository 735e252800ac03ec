#!/usr/bin/env python3
"""Counts the test cases of one nanoFramework test project (.nfproj) from its sources.

A method counts once per [DataRow] (with or without [TestMethod]), else once when it has [TestMethod], as
the unit test launcher runs and reports it. Used by tools/nanoclr-test.sh to count the tests of a project it skips; prints the number.
"""
import argparse
import re

from nfproj_build import Project

LITERALS = re.compile(r'@"(?:[^"]|"")*"|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'|//[^\n]*|/\*.*?\*/', re.S)
# One attribute section: "[" ... "]" with nested brackets (array arguments) once literals are blanked.
SECTION = re.compile(r"\[(?:[^\[\]]|\[[^\[\]]*\])*\]")
WORD = re.compile(r"\b(TestMethod|DataRow)(?:Attribute)?\b")


def test_cases(source):
    text = LITERALS.sub('""', source)
    count, pending = 0, []
    position = 0
    while True:
        position = skip_space(text, position)
        if position >= len(text):
            break
        section = SECTION.match(text, position) if text[position] == "[" else None
        if section:
            pending += WORD.findall(section.group(0))
            position = section.end()
            continue
        if "DataRow" in pending:
            count += pending.count("DataRow")
        elif "TestMethod" in pending:
            count += 1
        pending = []
        position = next_token(text, position)
    return count


def skip_space(text, position):
    while position < len(text) and text[position].isspace():
        position += 1
    return position


def next_token(text, position):
    """Past the current declaration piece: up to the next bracket that can open an attribute section."""
    end = position + 1
    while end < len(text) and text[end] not in "[{};":
        end += 1
    return end + 1 if end < len(text) and text[end] in "{};" else end


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--nfproj", required=True)
    args = parser.parse_args()
    total = 0
    for path in Project(args.nfproj).sources:
        with open(path, encoding="utf-8-sig") as f:
            total += test_cases(f.read())
    print(total)


if __name__ == "__main__":
    main()
