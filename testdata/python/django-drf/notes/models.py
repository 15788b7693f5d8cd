# ok: CLK101
from django.db import models


class Note(models.Model):
    owner = models.CharField(max_length=64)
    body = models.TextField()
