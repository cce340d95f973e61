"""The colours a status has wherever it is drawn: the Overview's charts, the map's lines,
the printed maps. Okabe and Ito's palette, told apart with the common colour blindnesses."""

from desktop.domain.enums import Status

STATUS_COLOURS = {
    Status.PROPOSED: "#56B4E9",  # sky blue
    Status.ACTIVE: "#009E73",  # bluish green
    Status.SUSPENDED: "#E69F00",  # orange
    Status.ENDED: "#CC3311",  # vermilion
}
INK = "#1f2933"
MUTED = "#7b8794"
GRID = "#d9dee4"
LAND = "#e6e3da"
LAND_EDGE = "#b9b4a6"
SEA = "#f4f8fb"
# Exchanges by direction, decisions by weight.
OUTBOUND, INBOUND, TWO_WAY = "#0072B2", "#D55E00", "#999999"
BINDING, POSITION = "#1f3a5f", "#9fb3c8"
OTHER = "#9aa5b1"
