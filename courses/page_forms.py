"""The course page's admin form: choosers list each logical course once."""

from django import forms
from wagtail.admin.forms import WagtailAdminPageForm


class CoursePageForm(WagtailAdminPageForm):
    """Publishing a course puts a copy (an alias) of it in every language's tree; the
    prerequisites picker offers each course once, never this course itself."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from .models import CoursePage

        field = self.fields.get("prerequisites")
        if field is not None:
            courses = CoursePage.objects.logical().order_by("title")
            if self.instance.translation_key:
                courses = courses.exclude(translation_key=self.instance.translation_key)
            field.queryset = courses
            field.widget = forms.CheckboxSelectMultiple(choices=field.choices)
