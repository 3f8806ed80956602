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


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_queueing_after_a_commit_leaves_the_connection_open(real_queue, monkeypatch):
    """Queued outside a transaction (an on_commit callback: a pass queues its
    certificate so), a task does not make the ORM broker close the request's
    connection, which the request's next query would open (or check) again."""
    from django import db
    from django_q.conf import Conf

    from certificates.background import enqueue

    if not Conf.ORM:
        pytest.skip("about the ORM broker")
    closed = []
    monkeypatch.setattr(db, "close_old_connections", lambda: closed.append(1))
    enqueue("math.copysign", 2, -1)
    assert not closed
    assert real_queue.queue_size() == 1
