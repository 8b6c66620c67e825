"""The one place defaults live: a frozen ``Settings`` plus the SETTINGS table."""
from __future__ import annotations

from dataclasses import dataclass, fields, replace

from .errors import KgError

# (name, default, help) -- README's "Settings" section lists every row (tests/test_docs.py)
SETTINGS: tuple[tuple[str, object, str], ...] = (
    ("home_region", "", "Home city/province of the corpus (e.g. 北京市). Empty: inferred per page from its text."),
    ("strict", False, "Treat an unreadable input file as fatal instead of skipping it."),
    ("max_line_chars", 20000, "A line longer than this many characters makes the file an input error."),
    ("max_file_bytes", 20_000_000, "A file larger than this many bytes is an input error."),
    ("comention_evidence", 3, "How many evidence sentences are kept per co-mention edge."),
    ("html_max_nodes", 1500, "graph.html shows at most this many nodes (the most central); the rest stay in RDF/JSON."),
    ("top_n", 20, "Length of the ranked lists in metrics.json."),
    ("seed", 42, "Random seed for community detection and sampled centralities."),
    ("genre", "union", "Rule pack: 'union' (union-news grammar: title chains, organisation suffixes, divisions, honors; the tagger fills gaps) or 'general' (general news: the tagger reads every sentence, rules add only bylines and national bodies)."),
    ("ner_model", "ner-cluener", "Statistical tagger that adds persons and organisations the rules miss: a model in kg/models, a path to an .npz, or empty to use rules only."),
    ("base_iri", "https://kg.example.org/", "Base of every instance IRI in the RDF outputs (an ASCII http(s) IRI ending in / or #); the kg: vocabulary keeps its own namespace."),
    ("rdf_formats", "jsonld,nq,nt,ttl", "RDF files to write, comma-separated: any of jsonld, nq, nt, ttl (kg.jsonld, kg.nq ...). For a big corpus bound for a triple store, nt or nt,nq saves most of the export time; kg query and kg serve read kg.nt or kg.ttl."),
)

#: The values ``rdf_formats`` may list.
RDF_FORMATS = ("jsonld", "nq", "nt", "ttl")


@dataclass(frozen=True)
class Settings:
    home_region: str = ""
    strict: bool = False
    max_line_chars: int = 20000
    max_file_bytes: int = 20_000_000
    comention_evidence: int = 3
    html_max_nodes: int = 1500
    top_n: int = 20
    seed: int = 42
    genre: str = "union"
    ner_model: str = "ner-cluener"
    base_iri: str = "https://kg.example.org/"
    rdf_formats: str = "jsonld,nq,nt,ttl"

    def __post_init__(self):
        unknown = [f for f in self.rdf_formats.split(",") if f.strip() and f.strip() not in RDF_FORMATS]
        if unknown:
            raise KgError(f"rdf_formats: unknown format(s) {', '.join(unknown)}; "
                             f"use a comma-separated list of {', '.join(RDF_FORMATS)}")

    @property
    def rdf_files(self) -> tuple[str, ...]:
        """The RDF file names ``rdf_formats`` asks for, sorted (kg.jsonld, kg.nq, ...)."""
        return tuple(sorted({f"kg.{f.strip()}" for f in self.rdf_formats.split(",") if f.strip()}))

    def with_(self, **changes) -> "Settings":
        return replace(self, **changes)

    def as_dict(self) -> dict:
        return {f.name: getattr(self, f.name) for f in fields(self)}


def _check_table() -> None:
    names = [f.name for f in fields(Settings)]
    assert names == [row[0] for row in SETTINGS], "SETTINGS table and Settings fields differ"
    for name, default, _ in SETTINGS:
        assert getattr(Settings(), name) == default, name


_check_table()
