"""The printed summaries as HTML (Qt's rich-text subset), one module per document.

Every piece of record text goes through `html_parts.esc`: a community called
"<b>Evil</b> & Co" prints as those characters, never as markup.
"""
