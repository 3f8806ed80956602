from django.dispatch import Signal

# Sent once, after the transaction that passed the enrolment commits.
# Arguments: enrolment_id.
course_passed = Signal()
