"""The revoke page says which button revokes and which goes back, in Azerbaijani."""

import re

from django.urls import reverse


def control_labels(html):
    form = html.split('<form method="post"', 1)[1].split("</form>", 1)[0]
    found = re.findall(r"<(?:button|a)\b[^>]*>\s*([^<]+?)\s*</(?:button|a)>", form)
    return [label for label in found if label]


def test_revoke_and_go_back_read_differently(client, tree, make_employee, certificate):
    hr = make_employee(tree["agency"], roles=("HR",)).user
    client.force_login(hr)
    url = reverse("certificate_admin:revoke", args=[certificate.pk])
    html = client.get(url, HTTP_ACCEPT_LANGUAGE="az").content.decode()
    assert control_labels(html) == ["Sertifikatı ləğv et", "Ləğv etmədən geri qayıt"]
