"""The partnerships table: a Qt model over rows the database has already sorted and
filtered (sorting a big table in Python is what makes desktop apps freeze)."""

from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from desktop.domain.countries import country_name
from desktop.domain.dates import format_partial
from desktop.services.listing import PartnershipRow

ID_ROLE = Qt.ItemDataRole.UserRole + 1
NO_PARENT = QModelIndex()


class Column(IntEnum):
    LOCAL = 0
    PARTNER = 1
    COUNTRY = 2
    KIND = 3
    ESTABLISHED = 4
    STATUS = 5


HEADERS = {
    Column.LOCAL: "Local community",
    Column.PARTNER: "Partner community",
    Column.COUNTRY: "Partner country",
    Column.KIND: "Kind",
    Column.ESTABLISHED: "Established",
    Column.STATUS: "Status",
}
SORT_KEYS = {
    Column.LOCAL: "local",
    Column.PARTNER: "partner",
    Column.COUNTRY: "country",
    Column.KIND: "kind",
    Column.ESTABLISHED: "established",
}


class PartnershipTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[PartnershipRow] = []

    def set_rows(self, rows: list[PartnershipRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> PartnershipRow:
        return self._rows[row]

    def rowCount(self, parent=NO_PARENT):
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=NO_PARENT):
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(HEADERS[Column(section)])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == ID_ROLE:
            return row.id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = Column(index.column())
        if column is Column.LOCAL:
            return f"{row.local}, {row.local_subdivision}" if row.local_subdivision else row.local
        if column is Column.PARTNER:
            return row.partner
        if column is Column.COUNTRY:
            return country_name(row.partner_country)
        if column is Column.KIND:
            return row.kind.label
        if column is Column.ESTABLISHED:
            return format_partial(row.established)
        return row.status.label
