from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from courses.blocks import LessonStreamBlock


class BarePage(Page):
    """A Wagtail page with a lesson's StreamField and nothing else: no enrolment,
    no progress, no outline. The baseline the lesson page is measured against."""

    body = StreamField(LessonStreamBlock())

    content_panels = Page.content_panels + [FieldPanel("body")]
    template = "bench_bare/bare_page.html"
