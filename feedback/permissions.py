REPORT = "feedback.view_feedback_report"
COMMENTS = "feedback.view_feedback_comments"


def can_read_report(user):
    """HR, managers (within their units) and administrators."""
    return user.is_authenticated and user.is_active and user.has_perm(REPORT)


def can_read_comments(user):
    """Citizens' comments may name staff or hold personal data: HR only."""
    return user.is_authenticated and user.is_active and user.has_perm(COMMENTS)
