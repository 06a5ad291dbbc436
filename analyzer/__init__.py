"""pinscan: find how a mobile app package trusts TLS servers."""

__version__ = "0.1.0"
