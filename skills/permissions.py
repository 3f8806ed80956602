VIEW_MATRIX = "skills.view_skills_matrix"


def can_view_matrix(user):
    """HR, managers and administrators read the matrix and the skills reports."""
    return user.is_authenticated and user.is_active and user.has_perm(VIEW_MATRIX)
