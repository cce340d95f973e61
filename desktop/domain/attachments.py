"""Source documents attached to a record: the letter, the resolution, the photograph of
the signing. Plain rules, no files and no SQL: how big one may be, what a name may hold,
what kind of file a name says it is, and how a size reads."""

import re
from pathlib import PurePath

# No control character in a name, not even the tab or line break that text fields may
# hold (validation.CONTROL).
NAME_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
MAX_BYTES = 25 * 1024 * 1024  # a scanned resolution of 40 pages at 300 dpi is about 10 MB
NAME_LENGTH = 255  # what most file systems allow for a file name
KIND_LENGTH = 100
OWNERS = ("partnership", "exchange", "decision")  # what a document may be attached to
UNKNOWN_KIND = "application/octet-stream"

# What the registry calls each kind, by the media type it stores (the name's extension
# says it, as the desktop's file manager would: the same on every workstation).
KINDS = {
    ".pdf": ("application/pdf", "PDF document"),
    ".doc": ("application/msword", "Word document"),
    ".docx": (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "Word document",
    ),
    ".odt": ("application/vnd.oasis.opendocument.text", "OpenDocument text"),
    ".rtf": ("application/rtf", "Rich text document"),
    ".txt": ("text/plain", "Text file"),
    ".xls": ("application/vnd.ms-excel", "Excel workbook"),
    ".xlsx": (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Excel workbook",
    ),
    ".ods": ("application/vnd.oasis.opendocument.spreadsheet", "OpenDocument spreadsheet"),
    ".ppt": ("application/vnd.ms-powerpoint", "PowerPoint presentation"),
    ".pptx": (
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "PowerPoint presentation",
    ),
    ".jpg": ("image/jpeg", "JPEG image"),
    ".jpeg": ("image/jpeg", "JPEG image"),
    ".png": ("image/png", "PNG image"),
    ".gif": ("image/gif", "GIF image"),
    ".tif": ("image/tiff", "TIFF image"),
    ".tiff": ("image/tiff", "TIFF image"),
    ".heic": ("image/heic", "HEIC image"),
    ".webp": ("image/webp", "WebP image"),
    ".eml": ("message/rfc822", "E-mail message"),
    ".msg": ("application/vnd.ms-outlook", "Outlook e-mail message"),
    ".html": ("text/html", "Web page"),
    ".htm": ("text/html", "Web page"),
    ".zip": ("application/zip", "ZIP archive"),
}
LABELS = {kind: label for kind, label in KINDS.values()}


class AttachmentProblem(ValueError):
    """A file that cannot be attached; the message is one plain sentence saying why and
    what to do."""


def kind_of(name: str) -> str:
    """The media type a file name says: 'application/pdf' for 'Resolution 22-14.PDF'."""
    return KINDS.get(PurePath(name).suffix.lower(), (UNKNOWN_KIND, ""))[0]


def kind_label(kind: str, name: str = "") -> str:
    """'PDF document'; for a kind the registry does not know, the name's extension
    ('.xyz file'), else 'File'."""
    if kind in LABELS:
        return LABELS[kind]
    suffix = PurePath(name).suffix.lower()
    return f"{suffix} file" if suffix else "File"


def stored_name(path_name: str) -> str:
    """The name a document is kept under: the file's own name without its folder, control
    characters (a newline in a name) as '_', at most NAME_LENGTH characters with its
    extension kept."""
    name = re.split(r"[\\/]", path_name)[-1].strip() or "document"
    name = NAME_CONTROL.sub("_", name)
    if len(name) <= NAME_LENGTH:
        return name
    suffix = PurePath(name).suffix
    if len(suffix) > 16:
        suffix = ""
    return name[: NAME_LENGTH - len(suffix)] + suffix


def describe_size(size: int) -> str:
    """'312 bytes', '48 KB', '1.2 MB' (1 KB = 1,024 bytes, as file managers count)."""
    if size < 1024:
        return "1 byte" if size == 1 else f"{size:,} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:,.0f} KB"
    if size < 1024 * 1024 * 1024:
        return _tenths(size / 1024 / 1024) + " MB"
    return _tenths(size / 1024 / 1024 / 1024) + " GB"


def _tenths(value: float) -> str:
    return f"{value:,.1f}".removesuffix(".0")  # '25 MB', '1.2 MB'


def size_problem(name: str, size: int) -> str | None:
    """Why a file of `size` bytes cannot be attached, or None when it can."""
    if size == 0:
        return (
            f"'{name}' is empty (0 bytes): there is nothing in it to keep. Scan or save it "
            "again, then attach it."
        )
    if size > MAX_BYTES:
        return (
            f"'{name}' is {describe_size(size)}, over the limit of {describe_size(MAX_BYTES)} "
            "a document; save it smaller (a scan at a lower resolution) or in parts, then "
            "attach those."
        )
    return None
