from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .forms import FeedbackImportForm
from .importing import import_feedback
from .models import FeedbackImport


def import_view(request):
    """HR uploads ratings exported from monitors; every problem listed, all or none."""
    if not request.user.has_perm("feedback.import_feedback"):
        raise PermissionDenied
    problems = []
    form = FeedbackImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        outcome = import_feedback(
            data=upload.read(), file_name=upload.name, user=request.user
        )
        if outcome.ok:
            count = outcome.record.row_count
            messages.success(
                request,
                ngettext("%d rating imported.", "%d ratings imported.", count) % count,
            )
            return HttpResponseRedirect(request.path)
        problems = outcome.problems
        messages.error(request, _("Nothing was stored; correct the file and retry."))
    recent = FeedbackImport.objects.select_related("imported_by")[:10]
    return render(
        request,
        "feedback/admin/import.html",
        {"form": form, "problems": problems, "recent_imports": recent},
    )
