from django.dispatch import Signal

# Sent inside the transaction that changes the certificate, so a receiver's writes
# commit or roll back with it. Arguments: certificate.
certificate_issued = Signal()
certificate_revoked = Signal()
