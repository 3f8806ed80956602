"""The H5P wing's settings (``LMS_H5P_*``), read when used and checked at start-up."""

from pathlib import Path

from django.conf import settings

MAX_TOTAL_BYTES = 200 * 1024 * 1024  # everything a package unpacks to
MAX_FILE_BYTES = 50 * 1024 * 1024  # any one file in it
MAX_RATIO = 100  # uncompressed / compressed size of one file
RATIO_FLOOR = 64 * 1024  # smaller files may compress as well as they like
MAX_FILES = 5000
TOKEN_MAX_AGE = 6 * 60 * 60  # seconds a player link stays valid
MAX_STATEMENT_BYTES = 256 * 1024
MAX_USER_DATA_BYTES = 512 * 1024
STATE_QUOTA = 2 * 1024 * 1024  # saved state an employee keeps per package
STATEMENT_QUOTA = 5 * 1024 * 1024  # statements an employee sends in 24 hours
SAVE_FREQUENCY = 30  # seconds between the player's state saves
# The H5P core API the player implements: h5p-standalone 3.8 bundles core 1.28.
CORE_API = (1, 28)
# Where a video in a package may come from besides the package itself.
YOUTUBE_HOSTS = (
    "youtube.com", "www.youtube.com", "m.youtube.com", "youtu.be",
    "youtube-nocookie.com", "www.youtube-nocookie.com",
)  # fmt: skip


def max_total_bytes():
    return getattr(settings, "LMS_H5P_MAX_TOTAL_BYTES", MAX_TOTAL_BYTES)


def max_file_bytes():
    return getattr(settings, "LMS_H5P_MAX_FILE_BYTES", MAX_FILE_BYTES)


def max_ratio():
    return getattr(settings, "LMS_H5P_MAX_RATIO", MAX_RATIO)


def max_files():
    return getattr(settings, "LMS_H5P_MAX_FILES", MAX_FILES)


def token_max_age():
    return getattr(settings, "LMS_H5P_TOKEN_MAX_AGE", TOKEN_MAX_AGE)


def state_quota():
    """Characters of saved state one employee may keep for one package."""
    return getattr(settings, "LMS_H5P_STATE_QUOTA", STATE_QUOTA)


def statement_quota():
    """Bytes of xAPI statements one employee may send in 24 hours."""
    return getattr(settings, "LMS_H5P_STATEMENT_QUOTA", STATEMENT_QUOTA)


def save_frequency():
    """Seconds between the player's saves of an employee's state."""
    return getattr(settings, "LMS_H5P_SAVE_FREQUENCY", SAVE_FREQUENCY)


def video_hosts():
    """Host names a package's video may be streamed from: YouTube and those of
    ``LMS_H5P_VIDEO_HOSTS`` (e.g. the agency's own video server)."""
    extra = getattr(settings, "LMS_H5P_VIDEO_HOSTS", ()) or ()
    return {host.lower() for host in (*YOUTUBE_HOSTS, *extra)}


def origin():
    """The separate origin that serves the player, e.g. ``https://h5p.example.az``;
    empty when the player is served from the site's own origin."""
    return (getattr(settings, "LMS_H5P_ORIGIN", "") or "").rstrip("/")


def root():
    """Where packages and libraries live on disk: outside the public media URLs."""
    configured = getattr(settings, "LMS_H5P_ROOT", None)
    if configured:
        return Path(configured)
    return Path(settings.MEDIA_ROOT or ".") / "private" / "h5p"
