#!/usr/bin/env python3
"""Fills netra_en.ts: each translation is its English source; plural forms (%n) get a singular
and a plural, from the source's "(s)" or "%n ... more" wording."""
import re
import sys
import xml.etree.ElementTree as ET


# Nouns a source writes in the plural after its number ("%n persons written"), with their
# singular.
SINGULARS = {"days": "day", "persons": "person", "cases": "case", "entries": "entry",
             "differences": "difference", "characters": "character"}


def plural_forms(source):
    singular = re.sub(r"y\(ies\)", "y", re.sub(r"\((s|es)\)", "", source))
    plural = re.sub(r"y\(ies\)", "ies", re.sub(r"\((s|es)\)", r"\1", source))
    # "has %n." style and "%n-day" need no change; "%n days" written already plural.
    singular = re.sub(r"(%L?n (?:more )?)(" + "|".join(SINGULARS) + r")\b",
                      lambda m: m.group(1) + SINGULARS[m.group(2)], singular)
    return singular, plural


def main(path):
    tree = ET.parse(path)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            for form in plural_forms(source):
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = source
    with open(path, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)


if __name__ == "__main__":
    main(sys.argv[1])
