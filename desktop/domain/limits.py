"""Field limits, declared once: the tables, the forms and the importer all read them here."""

NAME = 120  # a community's name ("Richmond upon Thames")
SUBDIVISION = 120  # "Northern Ireland", "Primorsky Krai"
COUNTRY = 2  # ISO 3166-1 alpha-2
PERSON = 120  # a signatory or an actor
TITLE = 200  # a person's title, an exchange's title, a source's title
ORGANIZATION = 200  # a coordinating association, a publisher, a body
INSTITUTIONS = 500  # "Old Dominion University; Norfolk Public Schools"
CONDITION = 500  # "until the end of hostilities against Ukraine ..."
REFERENCE = 500  # a resolution number or a URL
REASON = 500  # why an exchange was canceled
NOTES = 10_000  # free text
RATIONALE = 10_000  # a quote or the reasons given
PARTICIPANTS_MAX = 100_000
POPULATION_MAX = 100_000_000
