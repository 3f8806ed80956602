"""The plugin installs into another Wagtail site: its apps, one URLconf, nothing else."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

# Needs no database of the suite: .ci/run runs it once, on SQLite.
pytestmark = pytest.mark.dbless

ROOT = Path(__file__).resolve().parents[2]


def test_plugin_apps_migrate_and_serve_in_a_foreign_host_site(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.hostsite.settings",
        "HOSTSITE_DB": str(tmp_path / "host.sqlite3"),
    }
    result = subprocess.run(
        [sys.executable, "-m", "tests.hostsite.smoke"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    statuses = json.loads(result.stdout.strip().splitlines()[-1])
    assert statuses == {
        "login_page": 200,
        "framework": 200,
        "profile": 200,
        "admin_employees": 200,
        "admin_units": 200,
        "admin_competencies": 200,
        "admin_import": 200,
        "profile_shows_name": True,
    }


def test_host_site_settings_name_none_of_the_project_site_apps():
    from tests.hostsite import settings

    assert not {"home", "lms"} & set(settings.INSTALLED_APPS)
    assert all("lms" not in str(t.get("DIRS", [])) for t in settings.TEMPLATES)
