"""osceq: interrogate a collection of news articles: who said what, when, and where a phrase came from."""

from osceq.deferred import inspect_deferred

with inspect_deferred():  # every path through osceq uses dataclasses, which imports inspect
    import dataclasses  # noqa: F401

__version__ = "0.16.0"
