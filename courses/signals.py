from django.dispatch import Signal

# Sent once, after the transaction that passed the enrolment commits.
# Arguments: enrolment_id.
course_passed = Signal()

# Sent inside the transaction that records the event, so a receiver's writes commit
# or roll back with it (the xAPI outbox records statements this way).
# enrolment_passed: enrolment, passed_at. lesson_completed: enrolment,
# lesson_key (translation_key of the lesson), completed_at.
enrolment_passed = Signal()
lesson_completed = Signal()
