# ok: CLK101
from django.db import models


class Product(models.Model):
    slug = models.SlugField()
