import importlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

# Needs no database of the suite: .ci/run runs it once, on SQLite.
pytestmark = pytest.mark.dbless

ROOT = Path(__file__).resolve().parent.parent


def load_base(monkeypatch, **env):
    for name in ("DATABASE_URL", "REDIS_URL"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    import lms.settings.base as base

    return importlib.reload(base)


def test_sqlite_and_the_orm_broker_by_default(monkeypatch):
    base = load_base(monkeypatch)
    assert base.DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3"
    assert base.Q_CLUSTER["orm"] == "default"
    assert "redis" not in base.Q_CLUSTER


def test_database_url_and_redis_url_switch_backends(monkeypatch):
    base = load_base(
        monkeypatch,
        DATABASE_URL="postgres://postgres@127.0.0.1:5432/lms",
        REDIS_URL="redis://127.0.0.1:6379/0",
    )
    assert base.DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"
    assert base.DATABASES["default"]["NAME"] == "lms"
    assert base.Q_CLUSTER["redis"] == "redis://127.0.0.1:6379/0"
    assert "orm" not in base.Q_CLUSTER


def test_sqlite_url_with_a_path(monkeypatch, tmp_path):
    base = load_base(monkeypatch, DATABASE_URL=f"sqlite:///{tmp_path}/x.db")
    assert base.DATABASES["default"]["NAME"] == f"{tmp_path}/x.db"


def test_retries_are_bounded_and_timeout_comes_before_retry(monkeypatch):
    q = load_base(monkeypatch).Q_CLUSTER
    assert q["max_attempts"] >= 1
    assert q["ack_failures"] is True
    assert q["timeout"] < q["retry"]


def test_time_zone_is_baku_and_storage_is_utc(settings):
    assert settings.TIME_ZONE == "Asia/Baku"
    assert settings.USE_TZ is True
    assert settings.LANGUAGE_CODE == "az"


def production_env(**extra):
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(
        DJANGO_SETTINGS_MODULE="lms.settings.production",
        DJANGO_SECRET_KEY="x" * 60 + "-production-like-secret-key-for-the-check",
        DJANGO_ALLOWED_HOSTS="academy.example.az,h5p.academy.example.az",
        LMS_H5P_ORIGIN="https://h5p.academy.example.az",
        WAGTAILADMIN_BASE_URL="https://academy.example.az",
    )
    env.update(extra)
    return env


def test_production_settings_pass_check_deploy():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=production_env(),
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr + result.stdout


def test_production_check_fails_without_a_separate_h5p_origin():
    env = production_env()
    del env["LMS_H5P_ORIGIN"]
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "h5p.E008" in result.stderr and "LMS_H5P_ORIGIN is not set" in result.stderr


@pytest.mark.parametrize(
    "missing", ["DJANGO_SECRET_KEY", "DJANGO_ALLOWED_HOSTS", "WAGTAILADMIN_BASE_URL"]
)
def test_production_refuses_to_start_without_secrets_from_the_environment(missing):
    env = production_env()
    del env[missing]
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert missing in result.stderr


def test_the_client_address_comes_from_the_trusted_proxies_only(monkeypatch):
    direct = load_base(monkeypatch)
    assert direct.AXES_IPWARE_META_PRECEDENCE_ORDER == ("REMOTE_ADDR",)
    behind_nginx = load_base(monkeypatch, LMS_TRUSTED_PROXIES="1")
    assert behind_nginx.AXES_IPWARE_META_PRECEDENCE_ORDER == ("HTTP_X_FORWARDED_FOR",)
    assert behind_nginx.AXES_IPWARE_PROXY_COUNT == 0  # nginx's own entry is the client
    assert behind_nginx.IPWARE_STRICT is False


def run_manage(*args, env):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )


def test_production_requires_the_public_base_url():
    env = production_env()
    del env["WAGTAILADMIN_BASE_URL"]
    result = run_manage("check", env=env)
    assert result.returncode != 0
    assert "WAGTAILADMIN_BASE_URL" in result.stderr
    local = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        env=production_env(WAGTAILADMIN_BASE_URL="http://127.0.0.1:8000"),
    )
    assert local.returncode != 0 and "people.E001" in local.stderr + local.stdout


def test_production_installs_no_benchmarks_and_sets_the_account_rules():
    script = (
        "from django.conf import settings as s; "
        "print('benchmarks' in s.INSTALLED_APPS, s.LMS_ENVIRONMENT, "
        "s.SESSION_COOKIE_AGE, [v.get('OPTIONS') for v in s.AUTH_PASSWORD_VALIDATORS "
        "if 'MinimumLength' in v['NAME']])"
    )
    result = run_manage("shell", "--no-imports", "-c", script, env=production_env())
    assert result.stdout.strip() == ("False production 28800 [{'min_length': 12}]"), (
        result.stderr
    )
