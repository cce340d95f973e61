"""How a date like 03/07/2022 is read: as the computer's region writes dates (the United
States: month first, 7 March; most of the world: day first, 3 July), unless Edit > Settings
> Dates says otherwise. A reading is always shown beside the field in words."""

from PySide6.QtCore import QLocale

from desktop.settings import DATE_ORDER, Settings

FROM_REGION, DAY_FIRST, MONTH_FIRST = "", "day_first", "month_first"


def region_reads_day_first(locale: QLocale | None = None) -> bool:
    """True where the region's short date puts the day before the month ('dd/MM/yyyy'),
    False for 'M/d/yy' (the United States) and year-first formats ('yyyy-MM-dd')."""
    written = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    day, month = written.find("d"), written.find("M")
    return not (0 <= month < day) if day >= 0 else True


def reads_day_first(settings: Settings | None) -> bool:
    """The order to read typed dates in: the setting, else the region's."""
    choice = settings.get(DATE_ORDER) if settings is not None else FROM_REGION
    if choice == DAY_FIRST:
        return True
    if choice == MONTH_FIRST:
        return False
    return region_reads_day_first()
