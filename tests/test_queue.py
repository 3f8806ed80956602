"""The configured django-q2 broker really carries tasks (ORM by default, Redis in CI)."""

import pytest
from django_q.brokers import get_broker
from django_q.signing import SignedPackage
from django_q.tasks import async_task


@pytest.fixture
def real_queue(settings):
    """Turn off the inline mode the test settings use, for a test about the queue."""
    from django_q.conf import Conf

    previous = Conf.SYNC
    Conf.SYNC = False
    broker = get_broker()
    broker.purge_queue()
    yield broker
    broker.purge_queue()
    Conf.SYNC = previous


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_task_goes_through_the_configured_broker(real_queue):
    task_id = async_task("math.copysign", 2, -1, broker=real_queue)
    assert real_queue.queue_size() == 1
    (ack_id, payload), *_ = real_queue.dequeue()
    task = SignedPackage.loads(payload)
    assert (task["id"], task["func"], task["args"]) == (
        task_id,
        "math.copysign",
        (2, -1),
    )
    real_queue.acknowledge(ack_id)
