import datetime

import django.db.models.deletion
from django.db import migrations, models
from django.db.models import Count, Q, Sum
from django.db.models.functions import TruncMonth
from django.utils import timezone

LOW = 2  # feedback.models.LOW


def as_date(value):
    return value.date() if isinstance(value, datetime.datetime) else value


def count_months(apps, schema_editor):
    """The ratings stored so far, counted into their months (feedback.months)."""
    RatingCategory = apps.get_model("feedback", "RatingCategory")
    RatingMonth = apps.get_model("feedback", "RatingMonth")
    month = TruncMonth("rated_at", tzinfo=timezone.get_default_timezone())
    grouped = (
        RatingCategory.objects.annotate(month=month)
        .values("org_unit_id", "category_id", "month")
        .annotate(
            ratings=Count("pk"),
            total=Sum("value"),
            low=Count("pk", filter=Q(value__lte=LOW)),
        )
        .order_by()
    )
    RatingMonth.objects.bulk_create(
        (
            RatingMonth(
                org_unit_id=row["org_unit_id"],
                category_id=row["category_id"],
                month=as_date(row["month"]),
                ratings=row["ratings"],
                total=row["total"],
                low=row["low"],
            )
            for row in grouped
        ),
        batch_size=1000,
    )


class Migration(migrations.Migration):
    dependencies = [
        ("feedback", "0004_needs_schedule"),
        ("people", "0004_notifications"),
    ]

    operations = [
        migrations.CreateModel(
            name="RatingMonth",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True,
                        primary_key=True,
                        serialize=False,
                        verbose_name="ID",
                    ),
                ),
                ("month", models.DateField()),
                ("ratings", models.PositiveIntegerField()),
                ("total", models.DecimalField(decimal_places=2, max_digits=14)),
                ("low", models.PositiveIntegerField()),
            ],
            options={
                "verbose_name": "ratings of a month",
                "verbose_name_plural": "ratings of months",
            },
        ),
        migrations.AddIndex(
            model_name="feedbackrating",
            index=models.Index(
                condition=models.Q(("comment", ""), _negated=True),
                fields=["org_unit", "rated_at"],
                name="feedback_unit_commented",
            ),
        ),
        migrations.AddField(
            model_name="ratingmonth",
            name="category",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="+",
                to="feedback.feedbackcategory",
            ),
        ),
        migrations.AddField(
            model_name="ratingmonth",
            name="org_unit",
            field=models.ForeignKey(
                db_index=False,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="+",
                to="people.orgunit",
            ),
        ),
        migrations.AddIndex(
            model_name="ratingmonth",
            index=models.Index(fields=["month"], name="feedback_month"),
        ),
        migrations.AddConstraint(
            model_name="ratingmonth",
            constraint=models.UniqueConstraint(
                fields=("org_unit", "month", "category"),
                name="feedback_one_count_per_unit_month_category",
            ),
        ),
        migrations.RunPython(count_months, migrations.RunPython.noop),
    ]
