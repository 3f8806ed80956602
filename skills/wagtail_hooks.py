from wagtail import hooks

from .viewsets import CompetencyGroup


@hooks.register("register_admin_viewset")
def register_competencies():
    return CompetencyGroup()
