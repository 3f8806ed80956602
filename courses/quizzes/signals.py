from django.dispatch import Signal

# Sent inside the transaction that grades a quiz attempt (submit, or the sweep),
# so a receiver's writes commit with the grade. Arguments: attempt.
attempt_graded = Signal()
