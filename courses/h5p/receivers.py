from django.db.models.signals import post_delete
from django.dispatch import receiver

from .models import H5PPackage
from .services import package_files_deleted


@receiver(post_delete, sender=H5PPackage)
def remove_package_files(sender, instance, **kwargs):
    package_files_deleted(instance)
