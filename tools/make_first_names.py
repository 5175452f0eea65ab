"""Build resources/names/first_names.txt: given names the programme reader knows.

A capitalised pair of words is a person's name when its first word is a known given name
(`Fabienne Oudart`, `Patrick Gendraud`), where no label or civility says so. The list is the
union of the given names of the person providers of the Faker library
(https://github.com/joke2k/faker, MIT licence, Copyright (c) 2012 Daniele Faraglia) for the
locales below, kept in Latin script, one a line, sorted.

    python tools/make_first_names.py   (needs Faker: pip install -e '.[names]')
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "resources" / "names" / "first_names.txt"

LOCALES = [
    "fr_FR",
    "fr_BE",
    "fr_CA",
    "fr_CH",
    "fr_QC",
    "fr_DZ",
    "en_US",
    "en_GB",
    "en_IE",
    "en_NG",
    "en_IN",
    "en_KE",
    "en_NZ",
    "en_PK",
    "en_AU",
    "en_CA",
    "de_DE",
    "de_AT",
    "de_CH",
    "es_ES",
    "es_MX",
    "es_AR",
    "es_CL",
    "es_CO",
    "it_IT",
    "pt_PT",
    "pt_BR",
    "nl_NL",
    "nl_BE",
    "pl_PL",
    "ro_RO",
    "cs_CZ",
    "sk_SK",
    "sl_SI",
    "hr_HR",
    "hu_HU",
    "da_DK",
    "no_NO",
    "sv_SE",
    "fi_FI",
    "tr_TR",
    "id_ID",
    "sw",
    "tw_GH",
    "ha_NG",
    "ig_NG",
    "vi_VN",
]
# Letters of Latin script only (with their accents), an apostrophe or a hyphen inside.
LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ]+(?:['’-][A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ]+)*$")


def names_of(locale: str) -> set[str]:
    """The given names of one locale's person provider (none when Faker lacks it)."""
    try:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    except ModuleNotFoundError:
        return set()
    out: set[str] = set()
    for attr in ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary"):
        names = getattr(provider, attr, ())
        if isinstance(names, (tuple, list, dict)):  # a tuple, or a dict of weights
            out.update(names)
    return {n.strip() for n in out if LATIN.match(n.strip()) and len(n.strip()) > 1}


def main() -> None:
    names = set().union(*(names_of(loc) for loc in LOCALES))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("".join(f"{n}\n" for n in sorted(names)), encoding="utf-8")
    print(f"{len(names)} given names -> {OUT}")


if __name__ == "__main__":
    main()
