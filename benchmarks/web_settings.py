"""Settings for the page and quiz benchmarks and the fault scripts: the benchmark
settings (no debug, fast password hashing) plus the baseline app and its URLs."""

import os

from benchmarks.settings import *  # noqa: F403

INSTALLED_APPS = [*INSTALLED_APPS, "benchmarks.bare"]  # noqa: F405
ROOT_URLCONF = "benchmarks.urls"
# The xAPI POST is measured hundreds of times a run for one employee: the daily quota
# still gets checked on each, it just never runs out.
LMS_H5P_STATEMENT_QUOTA = 2**40
# benchmarks/feedback.py measures ingestion, not the per-token limit, through one token.
LMS_FEEDBACK_RATE_LIMIT = int(os.environ.get("LMS_FEEDBACK_RATE_LIMIT", "120"))
