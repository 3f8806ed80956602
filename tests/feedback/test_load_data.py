"""The ratings option of generate_load_data (benchmarks/feedback_data.py)."""

from django.core.management import call_command

from feedback.models import FeedbackRating, RatingCategory


def generate(*extra):
    call_command(
        "generate_load_data",
        "--employees=20",
        "--competencies=12",
        "--evidence-per-employee=2",
        *extra,
        stdout=open("/dev/null", "w"),  # noqa: SIM115
    )


def loaded():
    ratings = FeedbackRating.objects.filter(event_id__startswith="load-")
    return sorted(ratings.values_list("event_id", "org_unit__code", "rating"))


def test_ratings_are_made_with_the_agency_and_the_same_for_a_seed(db):
    generate("--ratings=300", "--seed=3")
    first = loaded()
    assert len(first) == 300
    # One category each, two for three ratings in ten, on either database.
    made = FeedbackRating.objects.filter(event_id__startswith="load-")
    two = sum(1 for pk in made.values_list("pk", flat=True) if pk % 10 < 3)
    assert RatingCategory.objects.count() == 300 + two
    assert len({unit for _, unit, _ in first}) == 50  # every load centre
    call_command(
        "generate_load_data", "--ratings=300", "--seed=3", stdout=open("/dev/null", "w")
    )
    assert loaded() == first  # ratings alone, replaced rather than doubled
