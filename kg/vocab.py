"""The kgo: vocabulary. GENERATED from ontology/kg.ttl by `python -m kg.ontology --generate`: do not edit."""

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef


class KGO(DefinedNamespace):
    """China AI-chip landscape ontology (https://w3id.org/cnaichips/ontology#). Unknown names raise."""

    _fail = True
    _NS = Namespace("https://w3id.org/cnaichips/ontology#")

    # Classes
    Article: URIRef  # article
    Chip: URIRef  # chip
    City: URIRef  # city
    Claim: URIRef  # claim
    Company: URIRef  # company
    Country: URIRef  # country
    Foundry: URIRef  # foundry
    GovernmentBody: URIRef  # government body
    MediaOutlet: URIRef  # media outlet
    Organization: URIRef  # organization
    Place: URIRef  # place
    Policy: URIRef  # policy
    SoftwarePlatform: URIRef  # software platform
    System: URIRef  # system

    # Object properties
    alternativeFor: URIRef  # has alternative
    alternativeTo: URIRef  # alternative to
    comparableTo: URIRef  # comparable to
    compatibleWith: URIRef  # compatible with
    competesWith: URIRef  # competes with
    componentOf: URIRef  # component of
    consumesLessPowerThan: URIRef  # consumes less power than
    consumesMorePowerThan: URIRef  # consumes more power than
    developedBy: URIRef  # developed by
    develops: URIRef  # develops
    excludedBy: URIRef  # excluded by
    excludes: URIRef  # excludes
    hasComponent: URIRef  # has component
    hasInvestor: URIRef  # has investor
    hasLessMemoryThan: URIRef  # has less memory than
    hasMoreMemoryThan: URIRef  # has more memory than
    hasSubsidiary: URIRef  # has subsidiary
    headquarteredIn: URIRef  # headquartered in
    headquartersOf: URIRef  # headquarters of
    imposedBy: URIRef  # imposed by
    imposes: URIRef  # imposes
    investsIn: URIRef  # invests in
    locatedIn: URIRef  # located in
    locationOf: URIRef  # location of
    manufacturedBy: URIRef  # manufactured by
    manufactures: URIRef  # manufactures
    mentions: URIRef  # mentions
    modality: URIRef  # modality
    outperformedBy: URIRef  # outperformed by
    outperforms: URIRef  # outperforms
    polarity: URIRef  # polarity
    reportedSource: URIRef  # reported source
    restrictedBy: URIRef  # restricted by
    restricts: URIRef  # restricts
    subsidiaryOf: URIRef  # subsidiary of
    suppliedBy: URIRef  # supplied by
    supplies: URIRef  # supplies
    usedBy: URIRef  # used by
    uses: URIRef  # uses

    # Datatype properties
    announcedDate: URIRef  # announced date
    articleDate: URIRef  # article date
    componentCount: URIRef  # component count
    confidence: URIRef  # confidence
    contentHash: URIRef  # content hash
    effectiveDate: URIRef  # effective date
    endOffset: URIRef  # end offset
    extractor: URIRef  # extractor
    extractorVersion: URIRef  # extractor version
    memoryGB: URIRef  # memory (GB)
    powerWatts: URIRef  # power (W)
    processNodeNm: URIRef  # process node (nm)
    provisional: URIRef  # provisional
    quote: URIRef  # quote
    sourceKey: URIRef  # source key
    startOffset: URIRef  # start offset
    text: URIRef  # text

    # Individuals
    Asserted: URIRef  # asserted
    Hedged: URIRef  # hedged
    Negative: URIRef  # negative
    Positive: URIRef  # positive
