from django.conf import settings
from django.db import models


class Trip(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    name = models.CharField(max_length=120)


class Airport(models.Model):
    code = models.CharField(max_length=3)
    name = models.CharField(max_length=120)
