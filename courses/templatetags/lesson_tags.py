from django import template

from ..lesson_body import render_body

register = template.Library()


@register.simple_tag(takes_context=True)
def lesson_body(context, page):
    """The lesson's body blocks; see ``courses.lesson_body``."""
    return render_body(page, context)
