"""Read, quote, search and cite news articles."""

__version__ = "0.1.0"
