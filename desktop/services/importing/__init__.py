"""Bringing an office's existing lists (Excel, CSV) into the registry: read the file, map
its columns, plan what each row becomes (new, matched, rejected), then apply the plan as
one batch that can be undone."""
