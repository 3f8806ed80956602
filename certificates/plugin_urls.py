"""The plugin's one URLconf: a host site includes it to serve every plugin app.

It lives in ``certificates`` because that app sits at the top of the plugin's import
order (certificates → courses → skills → people).
"""

from django.urls import include, path

urlpatterns = [
    path("", include("people.urls")),
    path("", include("skills.urls")),
    path("", include("courses.urls")),
    path("", include("courses.quizzes.urls")),
    path("", include("courses.h5p.urls")),
    path("", include("certificates.urls")),
]
