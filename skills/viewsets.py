from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from people.viewsets import ScopedModelViewSet, listing_index

from .models import (
    Competency,
    CompetencyArea,
    CompetencyEvidence,
    PositionRequirement,
    ProficiencyLevel,
)


class CompetencyAreaViewSet(ModelViewSet):
    model = CompetencyArea
    icon = "folder-open-inverse"
    form_fields = ["code", "name", "name_ru", "name_en", "sort_order"]
    list_display = ["name", "code", "sort_order"]
    search_fields = ["name", "name_ru", "name_en", "code"]
    search_backend_name = None
    list_export = ["code", "name", "name_ru", "name_en"]
    copy_view_enabled = False


class CompetencyViewSet(ModelViewSet):
    model = Competency
    index_view_class = listing_index("area")
    icon = "tick-inverse"
    form_fields = [
        "area",
        "code",
        "name",
        "name_ru",
        "name_en",
        "description",
        "description_ru",
        "description_en",
        "is_active",
    ]
    list_display = ["code", "name", "area", "is_active"]
    list_filter = ["area", "is_active"]
    search_fields = ["name", "name_ru", "name_en", "code", "description"]
    search_backend_name = None
    list_export = ["code", "name", "name_ru", "name_en", "area", "is_active"]
    copy_view_enabled = False
    inspect_view_enabled = True


class ProficiencyLevelViewSet(ModelViewSet):
    model = ProficiencyLevel
    icon = "order"
    form_fields = [
        "rank",
        "name",
        "name_ru",
        "name_en",
        "description",
        "description_ru",
        "description_en",
    ]
    list_display = ["rank", "name", "name_ru", "name_en"]
    copy_view_enabled = False


class PositionRequirementViewSet(ModelViewSet):
    model = PositionRequirement
    index_view_class = listing_index("position", "competency", "level")
    icon = "list-ul"
    form_fields = ["position", "competency", "level"]
    list_display = ["position", "competency", "level"]
    list_filter = ["position", "competency__area"]
    search_fields = ["position__name", "competency__name", "competency__code"]
    search_backend_name = None
    list_export = ["position", "competency", "level"]


class CompetencyEvidenceViewSet(ScopedModelViewSet):
    """Evidence is written by issuing and revoking certificates; here it is read."""

    model = CompetencyEvidence
    icon = "doc-full"
    list_display = [
        "employee",
        "competency",
        "level",
        "valid_from",
        "valid_until",
        "ended_at",
    ]
    list_filter = ["competency__area", "competency", "level"]
    search_fields = [
        "employee__full_name",
        "employee__employee_number",
        "competency__code",
    ]
    search_backend_name = None
    list_export = [
        "employee",
        "competency",
        "level",
        "valid_from",
        "valid_until",
        "ended_at",
    ]
    inspect_view_enabled = True
    copy_view_enabled = False
    scope_select_related = ("employee", "competency", "level")
    form_fields = [
        "employee",
        "competency",
        "level",
        "note",
        "valid_from",
        "valid_until",
    ]


class CompetencyGroup(ModelViewSetGroup):
    menu_label = _("Competencies")
    menu_icon = "tick-inverse"
    menu_order = 220
    items = (
        CompetencyAreaViewSet("competency_areas"),
        CompetencyViewSet("competencies"),
        ProficiencyLevelViewSet("proficiency_levels"),
        PositionRequirementViewSet("position_requirements"),
        CompetencyEvidenceViewSet("competency_evidence"),
    )
