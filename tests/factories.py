import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from people.models import EmployeeProfile, OrgUnit, Position
from skills.models import Competency, CompetencyArea, ProficiencyLevel


def make_unit(code, parent=None, name=None, kind="department"):
    values = {"code": code, "name": name or code.title(), "kind": kind}
    if parent is None:
        return OrgUnit.add_root(**values)
    parent.refresh_from_db()
    return parent.add_child(**values)


class PositionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Position
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"position-{n}")
    name = factory.LazyAttribute(lambda o: o.code.replace("-", " ").title())


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    password = factory.PostGenerationMethodCall("set_password", "pass-1234-word")

    @factory.post_generation
    def roles(self, create, extracted, **kwargs):
        if extracted:
            self.groups.add(*Group.objects.filter(name__in=extracted))
        self.save()


class EmployeeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = EmployeeProfile

    user = factory.SubFactory(UserFactory)
    employee_number = factory.Sequence(lambda n: f"T{n:05d}")
    full_name = factory.Sequence(lambda n: f"Əliyev Test{n} Vaqif oğlu")
    position = factory.SubFactory(PositionFactory, code="operator")


class AreaFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CompetencyArea
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"area-{n}")
    name = factory.LazyAttribute(lambda o: o.code)


class CompetencyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Competency
        django_get_or_create = ("code",)

    area = factory.SubFactory(AreaFactory)
    code = factory.Sequence(lambda n: f"C-{n:02d}")
    name = factory.LazyAttribute(lambda o: f"Competency {o.code}")


def make_levels():
    return {
        rank: ProficiencyLevel.objects.get_or_create(
            rank=rank, defaults={"name": name}
        )[0]
        for rank, name in [
            (1, "Məlumatlı"),
            (2, "Praktik"),
            (3, "Ekspert"),
            (4, "Təlimçi"),
        ]
    }
