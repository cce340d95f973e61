"""The closed vocabularies of the registry.

Each enum stores its value (stable, lower-case) and shows its label (what a clerk reads).
"""

from enum import StrEnum

from desktop.domain.words import CONTEXT, QT_TRANSLATE_NOOP, translate


class Labelled(StrEnum):
    """A StrEnum whose members carry a human label; `E.parse` accepts value, name or label."""

    @property
    def label(self) -> str:
        """What a clerk reads, in the installed language."""
        return translate(CONTEXT, type(self)._labels()[self.value])

    @property
    def english(self) -> str:
        """The label as written here (what files made by other programs may hold)."""
        return type(self)._labels()[self.value]

    @classmethod
    def _labels(cls) -> dict[str, str]:  # overridden by each enum
        return {m.value: m.value.replace("_", " ") for m in cls}

    @classmethod
    def parse(cls, text: str) -> "Labelled":
        """Return the member whose value, name or label matches `text` (case-insensitive)."""
        wanted = " ".join(str(text).strip().lower().replace("_", " ").replace("-", " ").split())
        for member in cls:
            candidates = {member.value, member.name.lower(), member.label.lower()}
            candidates.add(member.english.lower())
            candidates = {c.replace("_", " ").replace("-", " ") for c in candidates}
            if wanted in candidates:
                return member
        choices = ", ".join(m.label for m in cls)
        raise ValueError(f"'{text}' is not one of: {choices}")

    @classmethod
    def values(cls) -> list[str]:
        return [m.value for m in cls]

    @classmethod
    def read(cls, value: str) -> "Labelled | Unrecognised":
        """The member stored as `value`; a value another program wrote there, marked as
        Unrecognised (so that one bad record does not stop every read)."""
        # The members by value, looked up directly: cls(value) cost a listing of 200 rows
        # about a millisecond (four look-ups a row).
        member = cls._value2member_map_.get(value)
        return member if member is not None else Unrecognised(value)


class Unrecognised(str):
    """A value another program stored in a column of one of these vocabularies that is none
    of its members ("hacked" as a partnership's kind): read and shown, marked, rather
    than failing every read of the registry. `sister-cities check` names the record."""

    @property
    def value(self) -> str:
        return str(self)

    @property
    def name(self) -> str:
        return str(self)

    @property
    def label(self) -> str:
        return translate("Domain", "%1 (invalid)").replace("%1", str(self))


class CommunityKind(Labelled):
    CITY = "city"
    COUNTY = "county"
    STATE_PROVINCE = "state_province"
    REGION = "region"

    @classmethod
    def _labels(cls):
        return {
            "city": QT_TRANSLATE_NOOP("Domain", "City"),
            "county": QT_TRANSLATE_NOOP("Domain", "County"),
            "state_province": QT_TRANSLATE_NOOP("Domain", "State/province"),
            "region": QT_TRANSLATE_NOOP("Domain", "Region"),
        }


class PartnershipKind(Labelled):
    SISTER_CITY = "sister_city"
    SISTER_COUNTY = "sister_county"
    SISTER_STATE_PROVINCE = "sister_state_province"
    FRIENDSHIP_CITY = "friendship_city"

    @classmethod
    def _labels(cls):
        return {
            "sister_city": QT_TRANSLATE_NOOP("Domain", "Sister city"),
            "sister_county": QT_TRANSLATE_NOOP("Domain", "Sister county"),
            "sister_state_province": QT_TRANSLATE_NOOP("Domain", "Sister state/province"),
            "friendship_city": QT_TRANSLATE_NOOP("Domain", "Friendship city"),
        }


class Origin(Labelled):
    """How a partnership developed (Sister Cities International's list)."""

    MAYORAL_RELATIONSHIP = "mayoral_relationship"
    TRADE = "trade"
    HISTORICAL_CONNECTION = "historical_connection"
    ANCESTRAL_DEMOGRAPHIC = "ancestral_demographic"
    EXPATRIATE_COMMUNITY = "expatriate_community"
    SHARED_CHALLENGE = "shared_challenge"
    FAITH_BASED = "faith_based"
    PERSONAL_EXPERIENCE = "personal_experience"
    OTHER = "other"

    @classmethod
    def _labels(cls):
        return {
            "mayoral_relationship": QT_TRANSLATE_NOOP("Domain", "Mayoral relationship"),
            "trade": QT_TRANSLATE_NOOP("Domain", "Trade relationship"),
            "historical_connection": QT_TRANSLATE_NOOP("Domain", "Historical connection"),
            "ancestral_demographic": QT_TRANSLATE_NOOP("Domain", "Ancestral or demographic ties"),
            "expatriate_community": QT_TRANSLATE_NOOP("Domain", "Expatriate community"),
            "shared_challenge": QT_TRANSLATE_NOOP(
                "Domain", "Shared geographic or sector challenge"
            ),
            "faith_based": QT_TRANSLATE_NOOP("Domain", "Faith-based group"),
            "personal_experience": QT_TRANSLATE_NOOP(
                "Domain", "Personal experience (study, work, marriage)"
            ),
            "other": QT_TRANSLATE_NOOP("Domain", "Other"),
        }


class Status(Labelled):
    """A partnership's standing on a given date, derived from its timeline."""

    PROPOSED = "proposed"
    ACTIVE = "active"
    SUSPENDED = "suspended"
    ENDED = "ended"

    @classmethod
    def _labels(cls):
        return {
            "proposed": QT_TRANSLATE_NOOP("Domain", "Proposed"),
            "active": QT_TRANSLATE_NOOP("Domain", "Active"),
            "suspended": QT_TRANSLATE_NOOP("Domain", "Suspended"),
            "ended": QT_TRANSLATE_NOOP("Domain", "Ended"),
        }


class Direction(Labelled):
    OUTBOUND = "outbound"
    INBOUND = "inbound"
    TWO_WAY = "two_way"

    @classmethod
    def _labels(cls):
        return {
            "outbound": QT_TRANSLATE_NOOP("Domain", "Outbound"),
            "inbound": QT_TRANSLATE_NOOP("Domain", "Inbound"),
            "two_way": QT_TRANSLATE_NOOP("Domain", "Two-way"),
        }


class ExchangeStatus(Labelled):
    PLANNED = "planned"
    CONFIRMED = "confirmed"
    COMPLETED = "completed"
    POSTPONED = "postponed"
    CANCELED = "canceled"

    @classmethod
    def _labels(cls):
        return {
            "planned": QT_TRANSLATE_NOOP("Domain", "Planned"),
            "confirmed": QT_TRANSLATE_NOOP("Domain", "Confirmed"),
            "completed": QT_TRANSLATE_NOOP("Domain", "Completed"),
            "postponed": QT_TRANSLATE_NOOP("Domain", "Postponed"),
            "canceled": QT_TRANSLATE_NOOP("Domain", "Canceled"),
        }


class ProgrammeArea(Labelled):
    YOUTH_EDUCATION = "youth_education"
    ARTS_CULTURE = "arts_culture"
    BUSINESS_TRADE = "business_trade"
    COMMUNITY_DEVELOPMENT = "community_development"
    MUNICIPAL_DELEGATION = "municipal_delegation"
    HEALTH = "health"
    ENVIRONMENT = "environment"
    SPORTS = "sports"
    OTHER = "other"

    @classmethod
    def _labels(cls):
        return {
            "youth_education": QT_TRANSLATE_NOOP("Domain", "Youth and education"),
            "arts_culture": QT_TRANSLATE_NOOP("Domain", "Arts and culture"),
            "business_trade": QT_TRANSLATE_NOOP("Domain", "Business and trade"),
            "community_development": QT_TRANSLATE_NOOP("Domain", "Community development"),
            "municipal_delegation": QT_TRANSLATE_NOOP("Domain", "Municipal delegation"),
            "health": QT_TRANSLATE_NOOP("Domain", "Health"),
            "environment": QT_TRANSLATE_NOOP("Domain", "Environment"),
            "sports": QT_TRANSLATE_NOOP("Domain", "Sports"),
            "other": QT_TRANSLATE_NOOP("Domain", "Other"),
        }


class ActorType(Labelled):
    GOVERNING_BODY = "governing_body"
    MAYOR_EXECUTIVE = "mayor_executive"
    ASSOCIATION = "association"
    STATE_GOVERNMENT = "state_government"
    NATIONAL_GOVERNMENT = "national_government"
    PARTNER_SIDE = "partner_side"
    OTHER = "other"

    @classmethod
    def _labels(cls):
        return {
            "governing_body": QT_TRANSLATE_NOOP("Domain", "Governing body (council)"),
            "mayor_executive": QT_TRANSLATE_NOOP("Domain", "Mayor/executive"),
            "association": QT_TRANSLATE_NOOP("Domain", "Association"),
            "state_government": QT_TRANSLATE_NOOP("Domain", "State government"),
            "national_government": QT_TRANSLATE_NOOP("Domain", "National government"),
            "partner_side": QT_TRANSLATE_NOOP("Domain", "Partner side"),
            "other": QT_TRANSLATE_NOOP("Domain", "Other"),
        }


class DecisionAction(Labelled):
    ESTABLISH = "establish"
    UPGRADE = "upgrade"
    REAFFIRM = "reaffirm"
    REQUEST_SUSPENSION = "request_suspension"
    REQUEST_TERMINATION = "request_termination"
    SUSPEND = "suspend"
    REINSTATE = "reinstate"
    END = "end"

    @classmethod
    def _labels(cls):
        return {
            "establish": QT_TRANSLATE_NOOP("Domain", "Establish"),
            "upgrade": QT_TRANSLATE_NOOP("Domain", "Upgrade"),
            "reaffirm": QT_TRANSLATE_NOOP("Domain", "Reaffirm/continue"),
            "request_suspension": QT_TRANSLATE_NOOP("Domain", "Request suspension"),
            "request_termination": QT_TRANSLATE_NOOP("Domain", "Request termination"),
            "suspend": QT_TRANSLATE_NOOP("Domain", "Suspend"),
            "reinstate": QT_TRANSLATE_NOOP("Domain", "Reinstate"),
            "end": QT_TRANSLATE_NOOP("Domain", "End"),
        }


class SourceKind(Labelled):
    LETTER = "letter"
    STATEMENT = "statement"
    RESOLUTION = "resolution"
    MINUTES = "minutes"
    ARTICLE = "article"
    REPORT = "report"
    OTHER = "other"

    @classmethod
    def _labels(cls):
        return {
            "letter": QT_TRANSLATE_NOOP("Domain", "Letter"),
            "statement": QT_TRANSLATE_NOOP("Domain", "Statement"),
            "resolution": QT_TRANSLATE_NOOP("Domain", "Resolution"),
            "minutes": QT_TRANSLATE_NOOP("Domain", "Minutes"),
            "article": QT_TRANSLATE_NOOP("Domain", "News article"),
            "report": QT_TRANSLATE_NOOP("Domain", "Report"),
            "other": QT_TRANSLATE_NOOP("Domain", "Other"),
        }


class DatePrecision(Labelled):
    """How much of a date is known: 'In 1992' is a year, 'March 2020' a month."""

    YEAR = "year"
    MONTH = "month"
    DAY = "day"
    UNKNOWN = "unknown"  # "established, date unknown": the fact is known, the date is not

    @classmethod
    def _labels(cls):
        return {
            "year": QT_TRANSLATE_NOOP("Domain", "Year"),
            "month": QT_TRANSLATE_NOOP("Domain", "Month"),
            "day": QT_TRANSLATE_NOOP("Domain", "Day"),
            "unknown": QT_TRANSLATE_NOOP("Domain", "Date unknown"),
        }
