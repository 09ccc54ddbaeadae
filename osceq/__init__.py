"""osceq: interrogate a collection of news articles: who said what, when, and where a phrase came from."""

__version__ = "0.1.0"
