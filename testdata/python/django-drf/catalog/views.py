# ok: CLK101
from django.http import HttpResponse
from django.template import loader

from .models import Product


def landing(request):
    return HttpResponse(loader.get_template("landing.html").render({}, request))


def product_list(request):
    template = loader.get_template("products.html")
    return HttpResponse(template.render({"products": Product.objects.all()}, request))


def note_dump(request):
    from notes.models import Note

    return HttpResponse(loader.get_template("dump.html").render({"notes": Note.objects.all()}, request))
