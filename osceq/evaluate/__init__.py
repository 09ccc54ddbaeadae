"""Evaluation of the extractors against gold JSON Lines files: `python -m osceq.evaluate KIND FILE`."""
