"""The profile's small map of the pair: both communities, the line between them and the
countries around, framed to fit the two (Norfolk and Kaliningrad: the North Atlantic).
Drawn with QPainter on an image (safe in the worker that builds the profile)."""

from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPen

from desktop.domain.words import fill, translate
from desktop.reports import palette
from desktop.reports.documents.pictures import picture
from desktop.reports.world_drawing import land_path, to_scene, world_outline

WIDTH, HEIGHT = 1500, 500  # pixels of the image: as tall as the facts beside it
SHOWN_WIDTH = 270  # on the page (96 per inch): 2.8 inches, 530 pixels per inch
MARGIN = 0.22  # of the frame, around the two places
SMALLEST = 60.0  # map units across, at the least (two towns side by side: a region)


@dataclass(frozen=True)
class Pin:
    name: str
    latitude: float
    longitude: float


def frame(a: QPointF, b: QPointF, aspect: float = WIDTH / HEIGHT) -> QRectF:
    """The part of the map that shows both points with room around, at the image's aspect."""
    box = QRectF(a, b).normalized()
    width = max(box.width() * (1 + 2 * MARGIN), SMALLEST)
    height = max(box.height() * (1 + 2 * MARGIN), SMALLEST / aspect)
    if width / height < aspect:
        width = height * aspect
    else:
        height = width / aspect
    centre = box.center()
    return QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height)


def pair_map_image(local: Pin, partner: Pin) -> QImage:
    a, b = to_scene(local.latitude, local.longitude), to_scene(partner.latitude, partner.longitude)
    shown = frame(a, b)
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_RGB32)
    image.fill(QColor("#dfe4ea"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    scale = WIDTH / shown.width()
    painter.save()
    painter.scale(scale, scale)
    painter.translate(-shown.left(), -shown.top())
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(palette.SEA))
    painter.drawPath(world_outline())
    edge = QPen(QColor(palette.LAND_EDGE), 1.2)
    edge.setCosmetic(True)
    painter.setPen(edge)
    painter.setBrush(QColor(palette.LAND))
    painter.drawPath(land_path())
    painter.restore()
    ends = [painter_point(p, shown, scale) for p in (a, b)]
    line = QPen(QColor(palette.INK), 7, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    painter.setPen(line)
    painter.drawLine(*ends)
    font = QFont("DejaVu Sans")
    font.setPixelSize(50)
    font.setBold(True)
    painter.setFont(font)
    for pin, at, colour in ((local, ends[0], palette.INK), (partner, ends[1], "#ffffff")):
        painter.setPen(QPen(QColor(palette.INK), 5))
        painter.setBrush(QColor(colour))
        painter.drawEllipse(at, 16, 16)
        _label(painter, pin.name, at, other=ends[1] if at is ends[0] else ends[0])
    painter.end()
    return image


def painter_point(p: QPointF, shown: QRectF, scale: float) -> QPointF:
    return QPointF((p.x() - shown.left()) * scale, (p.y() - shown.top()) * scale)


def _label(painter: QPainter, text: str, at: QPointF, other: QPointF) -> None:
    """The name beside its dot, on the side away from the other place, inside the image."""
    metrics = painter.fontMetrics()
    width, height = metrics.horizontalAdvance(text), metrics.height()
    x = at.x() + 28 if at.x() >= other.x() else at.x() - 28 - width
    x = min(max(x, 8), WIDTH - width - 8)
    y = min(max(at.y() + height / 3, height), HEIGHT - 8)
    halo = QPen(QColor(255, 255, 255, 220), 14, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    path = QPainterPath()
    path.addText(QPointF(x, y), painter.font(), text)
    painter.strokePath(path, halo)
    painter.fillPath(path, QColor(palette.INK))


def png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def pair_map_html(local: Pin | None, partner: Pin | None) -> str:
    """The map as a picture; nothing until both places have coordinates (the profile says
    the distance is unknown then)."""
    if local is None or partner is None:
        return ""
    image = png(pair_map_image(local, partner))
    return picture(
        image,
        SHOWN_WIDTH,
        fill(translate("Domain", "Map of %1 and %2"), local.name, partner.name),
    )


def beside(block: str, pair_map: str) -> str:
    """The profile's facts with the map to their right (Qt's rich text has no floats: a
    table without borders), so the profile stays on one page."""
    if not pair_map:
        return block
    return (
        '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
        f'<td valign="top">{block}</td><td valign="top" align="right">{pair_map}</td>'
        "</tr></table>"
    )
