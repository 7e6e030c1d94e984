"""incident-explorer: news-reported incidents on a map, with provenance.

The core package never imports Streamlit; the app in ``app.py`` and ``pages/`` is a thin shell.
"""

__version__ = "0.1.0"
