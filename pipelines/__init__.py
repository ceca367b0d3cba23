"""The de-identification pipeline, its options and configuration, and the `emr-deid` command."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("emr-deid")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"
