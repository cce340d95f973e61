"""The rows of bench/run's table (bench/suite.py): their names, and what each measures
against which bare baseline (the legend printed under the table)."""

IMPORT_ROWS = 10_000  # the rows a measured import brings in (named in its row)


ROWS = {
    "startup": "start-up to first rows",
    "ready": "start-up to the full window",
    "settled": "start-up until every tab loaded",
    "first-search": "typing right after opening",
    "typing": "typing at 250 ms a key",
    "table": "table: first rows",
    "search": "table: search keystroke",
    "export": "briefing export (all)",
    "import": f"import of {IMPORT_ROWS:,} new rows",
    "pdf": "list report to PDF",
}

LEGEND = """\
Each cell: the app's time (its ratio to the bare baseline measured in the same run) and the
peak memory (VmHWM) of the child process that did it. Every measurement is a fresh process.
  start-up to first rows     `sister-cities --db REGISTRY` (desktop.app.main, offscreen) from
                             starting the process until the first partnerships are painted
                             (the first rows shown while the window's parts load:
                             ui/window/first_rows.py); baseline: a process importing PySide6
                             and sqlite3 only that reads the same first page's SQL with
                             sqlite3 into a QTableView, shows it, and is painted. Five pairs
                             of cold starts, bare and app in turn, medians. A usual start:
                             today's backup is taken first, so the window runs only the
                             quick check in the background; a new clerk's settings (the
                             Partnerships tab, no filter kept)
  start-up to the full window ... until the full window's table has its first rows (menus,
                             tabs and filters there); baseline: the bare window's first 5 ms
                             timer tick after its Show
  start-up until every tab   ... until every tab has its rows and count and the needs-
                             attention list is in (baseline as the full window's)
  typing right after opening the clerk types Kali, a key every 250 ms, as soon as the first
                             rows show (into their search box: the full window takes the
                             typing over), the keys going to the widget with the focus: from
                             the last key to the full window's rows of Kali (median of
                             three; goal 0.3 s)
  typing at 250 ms a key     the same once every tab has loaded
  table: first rows          the partnerships table's model (LazyTableModel over the listing,
                             its own threads) from a new query to row 0, the process's first
                             read of them; baseline: the same page SELECT run bare through
                             sqlite3, its first run on a new connection (its best of three is
                             given under the table)
  table: search keystroke    K, Ka, Kal, Kali each as a new query (same way), each once the last
                             one's count and the searches' warm-up that the first rows start
                             are done: the keystroke with the highest ratio; every keystroke
                             is listed under the table
  briefing export            export_briefing of every partnership (sheets of partnerships,
                             exchanges, decisions, needs attention, documents); baseline:
                             the same rows of every sheet, each sheet one plain sqlite3
                             SELECT (status and needs attention worked out in its SQL),
                             appended unstyled to an openpyxl write-only workbook
  import                     read_table + plan_import + apply_plan (as `sister-cities import
                             --local-country US`) of an .xlsx of 10,000 pairs the registry
                             lacks (half with partner communities it has, half with new ones;
                             more new ones at 1k, which has too few pairs left) into a copy of
                             the registry; baseline: openpyxl's read-only pass over the same
                             file, run once just before it
  (under each size, the import's and the export's CPU time beside their baselines': on a
   machine shared with other work the wall-clock ratio moves with the load, this one less)
  list report to PDF         build_list + write_pdf (as `sister-cities print list --local
                             Norfolk`) of Norfolk's 2,000 partnerships (500 at 1k); baseline:
                             the same rows by one plain SELECT as a plain HTML table printed
                             by QTextDocument to a QPdfWriter"""
