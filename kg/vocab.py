"""The RDF vocabulary of kg: our own terms (``KG``), the reused namespaces and
the prefix table shared by the RDF exporter and the SPARQL front end.

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

from rdflib import URIRef
from rdflib.namespace import (DCTERMS, ORG, PROV, RDF, RDFS, SDO, SKOS, XSD, DefinedNamespace,
                              Namespace)

__all__ = ["KG", "KG_NS", "DEFAULT_BASE", "PREFIXES", "TYPE_CLASSES", "SCHEMA_CLASSES",
           "ORG", "PROV", "SKOS", "SDO", "DCTERMS", "RDF", "RDFS", "XSD"]

KG_NS = "https://kg.example.org/ns#"
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


#: Prefixes bound in kg.ttl and predeclared for SPARQL queries.
PREFIXES: dict[str, str] = {
    "kg": KG_NS,
    "org": str(ORG),
    "skos": str(SKOS),
    "schema": str(SDO),
    "prov": str(PROV),
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

#: EntityType value -> schema.org class.
SCHEMA_CLASSES = {
    "union": SDO.WorkersUnion, "official": SDO.Person, "worker": SDO.Person,
    "journalist": SDO.Person, "company": SDO.Corporation, "district": SDO.AdministrativeArea,
    "government": SDO.GovernmentOrganization, "organization": SDO.Organization,
}
