"""The closed vocabularies of the registry.

Each enum stores its value (stable, lower-case) and shows its label (what a clerk reads).
"""

from enum import StrEnum


class Labelled(StrEnum):
    """A StrEnum whose members carry a human label; `E.parse` accepts value, name or label."""

    @property
    def label(self) -> str:
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
        try:
            return cls(value)
        except ValueError:
            return Unrecognised(value)


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
        return f"{self} (invalid)"


class CommunityKind(Labelled):
    CITY = "city"
    COUNTY = "county"
    STATE_PROVINCE = "state_province"
    REGION = "region"

    @classmethod
    def _labels(cls):
        return {
            "city": "City",
            "county": "County",
            "state_province": "State/province",
            "region": "Region",
        }


class PartnershipKind(Labelled):
    SISTER_CITY = "sister_city"
    SISTER_COUNTY = "sister_county"
    SISTER_STATE_PROVINCE = "sister_state_province"
    FRIENDSHIP_CITY = "friendship_city"

    @classmethod
    def _labels(cls):
        return {
            "sister_city": "Sister city",
            "sister_county": "Sister county",
            "sister_state_province": "Sister state/province",
            "friendship_city": "Friendship city",
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
            "mayoral_relationship": "Mayoral relationship",
            "trade": "Trade relationship",
            "historical_connection": "Historical connection",
            "ancestral_demographic": "Ancestral or demographic ties",
            "expatriate_community": "Expatriate community",
            "shared_challenge": "Shared geographic or sector challenge",
            "faith_based": "Faith-based group",
            "personal_experience": "Personal experience (study, work, marriage)",
            "other": "Other",
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
            "proposed": "Proposed",
            "active": "Active",
            "suspended": "Suspended",
            "ended": "Ended",
        }


class Direction(Labelled):
    OUTBOUND = "outbound"
    INBOUND = "inbound"
    TWO_WAY = "two_way"

    @classmethod
    def _labels(cls):
        return {"outbound": "Outbound", "inbound": "Inbound", "two_way": "Two-way"}


class ExchangeStatus(Labelled):
    PLANNED = "planned"
    CONFIRMED = "confirmed"
    COMPLETED = "completed"
    POSTPONED = "postponed"
    CANCELED = "canceled"

    @classmethod
    def _labels(cls):
        return {
            "planned": "Planned",
            "confirmed": "Confirmed",
            "completed": "Completed",
            "postponed": "Postponed",
            "canceled": "Canceled",
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
            "youth_education": "Youth and education",
            "arts_culture": "Arts and culture",
            "business_trade": "Business and trade",
            "community_development": "Community development",
            "municipal_delegation": "Municipal delegation",
            "health": "Health",
            "environment": "Environment",
            "sports": "Sports",
            "other": "Other",
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
            "governing_body": "Governing body (council)",
            "mayor_executive": "Mayor/executive",
            "association": "Association",
            "state_government": "State government",
            "national_government": "National government",
            "partner_side": "Partner side",
            "other": "Other",
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
            "establish": "Establish",
            "upgrade": "Upgrade",
            "reaffirm": "Reaffirm/continue",
            "request_suspension": "Request suspension",
            "request_termination": "Request termination",
            "suspend": "Suspend",
            "reinstate": "Reinstate",
            "end": "End",
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
            "letter": "Letter",
            "statement": "Statement",
            "resolution": "Resolution",
            "minutes": "Minutes",
            "article": "News article",
            "report": "Report",
            "other": "Other",
        }


class DatePrecision(Labelled):
    """How much of a date is known: 'In 1992' is a year, 'March 2020' a month."""

    YEAR = "year"
    MONTH = "month"
    DAY = "day"
    UNKNOWN = "unknown"  # "established, date unknown": the fact is known, the date is not

    @classmethod
    def _labels(cls):
        return {"year": "Year", "month": "Month", "day": "Day", "unknown": "Date unknown"}
