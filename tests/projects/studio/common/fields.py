from django.db import models


class CodeField(models.CharField):
    """An upper-case reference code; always unique, 12 characters unless told otherwise."""

    def __init__(self, *args, **kwargs):
        kwargs["max_length"] = kwargs.get("max_length", 12)
        kwargs["unique"] = True
        super().__init__(*args, **kwargs)

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        return value.upper() if value else value


class SearchVectorMarker(models.Field):
    """Marks a model as indexed by the search service; it stores nothing in the model's table."""

    def __init__(self, *args, **kwargs):
        kwargs["editable"] = False
        kwargs["null"] = True
        super().__init__(*args, **kwargs)


class TokenField(models.CharField):
    """A random access token: 40 characters unless told otherwise, indexed when asked."""

    def __init__(self, *args, indexed: bool = False, **kwargs):
        kwargs.setdefault("max_length", 40)
        kwargs.setdefault("db_index", indexed)
        super().__init__(*args, **kwargs)
