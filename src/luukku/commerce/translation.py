from modeltranslation.translator import TranslationOptions, register

from .models import Product, ProductPart


@register(Product)
class ProductTranslation(TranslationOptions):
    fields = ("name", "description")


@register(ProductPart)
class ProductPartTranslation(TranslationOptions):
    fields = ("name",)
