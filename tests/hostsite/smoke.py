"""Run inside the host site: migrate, make an HR user, fetch the plugin's pages."""

import json

import django
from django.core.management import call_command

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.auth.models import Group  # noqa: E402
from django.test import Client  # noqa: E402

from people.models import EmployeeProfile, OrgUnit, Position  # noqa: E402

call_command("migrate", verbosity=0, interactive=False)
user = get_user_model().objects.create_user("hr", password="pw-host-site-1")
user.groups.add(Group.objects.get(name="HR"))
agency = OrgUnit.add_root(code="agency", name="Agentlik", kind="agency")
position = Position.objects.create(code="operator", name="Operator")
EmployeeProfile.objects.create(
    user=user,
    employee_number="H1",
    full_name="Host Person",
    org_unit=agency,
    position=position,
)
client = Client()
statuses = {"login_page": client.get("/training/login/").status_code}
client.post("/training/login/", {"username": "hr", "password": "pw-host-site-1"})
for name, url in {
    "framework": "/training/competencies/",
    "profile": "/training/me/",
    "admin_employees": "/cms/employees/",
    "admin_units": "/cms/org_units/",
    "admin_competencies": "/cms/competencies/",
    "admin_import": "/cms/people/import/",
}.items():
    response = client.get(url)
    statuses[name] = response.status_code
statuses["profile_shows_name"] = (
    "Host Person" in client.get("/training/me/").content.decode()
)
print(json.dumps(statuses))
