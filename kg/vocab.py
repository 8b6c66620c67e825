"""The RDF vocabulary of kg: our own terms (``KG``), the reused namespaces and
the prefix table shared by the RDF exporter and the SPARQL front end.

Every ``KG`` term is declared, with English and Chinese labels and comments, in
the OWL ontology shipped as ``kg/ontology/kg.ttl`` (:data:`ONTOLOGY`); the SHACL
shapes the RDF output satisfies are ``kg/ontology/shapes.ttl`` (:data:`SHAPES`).
A test checks that the two lists of terms are the same.

``KG`` is a closed :class:`rdflib.namespace.DefinedNamespace`: ``KG.Union`` is
``<https://kg.example.org/ns#Union>`` and a typo such as ``KG.Unoin`` raises
``AttributeError`` instead of minting a new term.

>>> str(KG.coMentionedWith)
'https://kg.example.org/ns#coMentionedWith'
>>> KG.noSuchTerm
Traceback (most recent call last):
...
AttributeError: term 'noSuchTerm' not in namespace 'https://kg.example.org/ns#'
"""
from __future__ import annotations

from pathlib import Path

from rdflib import URIRef
from rdflib.namespace import (DCTERMS, ORG, PROV, RDF, RDFS, SDO, SKOS, XSD, DefinedNamespace,
                              Namespace)

__all__ = ["KG", "KG_NS", "OA", "DEFAULT_BASE", "PREFIXES", "TYPE_CLASSES", "SCHEMA_CLASSES",
           "ORG_TYPES", "ONTOLOGY", "SHAPES",
           "ORG", "PROV", "SKOS", "SDO", "DCTERMS", "RDF", "RDFS", "XSD"]

KG_NS = "https://kg.example.org/ns#"
#: The ontology document (OWL, Turtle) declaring every KG term.
ONTOLOGY = Path(__file__).parent / "ontology" / "kg.ttl"
#: The SHACL shapes (Turtle) that kg's RDF output satisfies.
SHAPES = Path(__file__).parent / "ontology" / "shapes.ttl"
#: Where instance IRIs are minted unless the caller passes another base.
DEFAULT_BASE = "https://kg.example.org/"


class KG(DefinedNamespace):
    """Terms of the kg vocabulary (https://kg.example.org/ns#)."""

    _NS = Namespace(KG_NS)
    _fail = True

    # entity classes, one per EntityType (beside the schema.org class)
    Union: URIRef          # a trade-union body
    Official: URIRef       # a person holding a leadership post
    Worker: URIRef         # an employee, craftsman, model worker ...
    Journalist: URIRef     # a bylined reporter, correspondent, photographer
    Company: URIRef
    District: URIRef       # an administrative division
    Government: URIRef     # party, government, legislature, judiciary, police organ
    Organization: URIRef   # any other institution

    # provenance and facts
    Evidence: URIRef       # a quoted span of an article supporting a fact
    Honor: URIRef          # an honor, e.g. 全国劳动模范 (skos:prefLabel)
    HonorAward: URIRef     # an entity holding an honor, with provenance
    CoMention: URIRef      # two entities named in the same sentence(s)

    evidence: URIRef       # fact -> kg:Evidence
    quote: URIRef          # evidence -> the sentence text (@zh)
    start: URIRef          # evidence -> start offset in the article text (xsd:integer)
    end: URIRef            # evidence -> end offset, exclusive (xsd:integer)
    sentence: URIRef       # evidence -> sentence index in the article (xsd:integer)
    extractedBy: URIRef    # evidence -> rule or model id, e.g. "rule:title_chain.v1"
    awardee: URIRef        # kg:HonorAward -> entity
    honor: URIRef          # kg:HonorAward -> kg:Honor
    hasHonor: URIRef       # entity -> kg:Honor (shortcut of the award node)
    locatedIn: URIRef      # entity -> place
    unionOf: URIRef        # union -> the company/organisation it belongs to
    participant: URIRef    # kg:CoMention -> entity (twice)
    weight: URIRef         # kg:CoMention -> number of sentences (xsd:integer)
    coMentionedWith: URIRef  # entity <-> entity (symmetric shortcut of kg:CoMention)
    mentionCount: URIRef   # entity -> number of mentions in the corpus (xsd:integer)


class OA(DefinedNamespace):
    """The W3C Web Annotation terms kg uses (http://www.w3.org/ns/oa#), closed."""

    _NS = Namespace("http://www.w3.org/ns/oa#")
    _fail = True

    SpecificResource: URIRef      # a part of a resource: the evidence span
    TextPositionSelector: URIRef  # character offsets [start, end) into the source text
    TextQuoteSelector: URIRef     # the exact text of the span
    hasSource: URIRef
    hasSelector: URIRef
    start: URIRef
    end: URIRef
    exact: URIRef
    prefix: URIRef
    suffix: URIRef


#: Prefixes bound in kg.ttl and predeclared for SPARQL queries.
PREFIXES: dict[str, str] = {
    "kg": KG_NS,
    "org": str(ORG),
    "skos": str(SKOS),
    "schema": str(SDO),
    "prov": str(PROV),
    "oa": str(OA),
    "dcterms": str(DCTERMS),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
}

#: EntityType value -> our class.
TYPE_CLASSES = {
    "union": KG.Union, "official": KG.Official, "worker": KG.Worker,
    "journalist": KG.Journalist, "company": KG.Company, "district": KG.District,
    "government": KG.Government, "organization": KG.Organization,
}

#: EntityType values whose entities are also typed org:Organization (the range of
#: org:organization); districts and persons are not.
ORG_TYPES = frozenset({"union", "company", "government", "organization"})

#: EntityType value -> schema.org class.
SCHEMA_CLASSES = {
    "union": SDO.WorkersUnion, "official": SDO.Person, "worker": SDO.Person,
    "journalist": SDO.Person, "company": SDO.Corporation, "district": SDO.AdministrativeArea,
    "government": SDO.GovernmentOrganization, "organization": SDO.Organization,
}
