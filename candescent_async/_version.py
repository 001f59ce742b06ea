"""The package version: the one place it is set (semver, independent of the platform spec version)."""

__version__ = "0.2.0"
