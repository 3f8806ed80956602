import pytest

from tests.certificates.conftest import (  # noqa: F401 - fixtures used here too
    certificates_listen_to_passes,
    competencies,
    course,
    employee,
    pass_course,
    private_files,
)
from tests.quizzes.conftest import (  # noqa: F401 - fixtures used here too
    category,
    questions,
    quiz,
    quiz_course,
)
from tests.xapi_outbox import ralph


@pytest.fixture(scope="session")
def ralph_server(tmp_path_factory):
    executable, why = ralph.ensure_installed()
    if executable is None:
        pytest.skip(
            f"Ralph (ralph-malph {ralph.VERSION}) could not be installed: {why}"
        )
    server = ralph.Ralph(executable, tmp_path_factory.mktemp("ralph"))
    server.start()
    yield server
    server.stop()


@pytest.fixture
def lrs(ralph_server, settings):
    settings.LMS_LRS_URL = ralph_server.url
    settings.LMS_LRS_USERNAME = ralph.USER
    settings.LMS_LRS_PASSWORD = ralph_server.password
    if ralph_server.process is None:
        ralph_server.start()
    return ralph_server


@pytest.fixture
def outbox_on(settings):
    """An LRS address that no test reaches: statements are recorded, not sent."""
    settings.LMS_LRS_URL = "http://127.0.0.1:9/xAPI"
