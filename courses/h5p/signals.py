from django.dispatch import Signal

# Sent inside the transaction that stores an H5P xAPI statement the first time
# (a repeated statement id is not sent again). Arguments: statement (XAPIStatement).
statement_recorded = Signal()
