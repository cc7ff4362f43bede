# on_delete callables of the project's own: a guard wrapping a Django action and passing each
# call on to it, and a class that always runs one action.
from django.db import models
from django.utils.deconstruct import deconstructible


@deconstructible
class Logged:
    """Runs `action`, the on_delete it was made with, after noting what is deleted."""

    def __init__(self, action, label="row"):
        self.action = action
        self.label = label

    def __call__(self, collector, field, sub_objs, using):
        if sub_objs:
            collector.note = self.label
        self.action(collector, field, sub_objs, using)


@deconstructible
class Locked:
    def __call__(self, collector, field, sub_objs, using):
        models.PROTECT(collector, field, sub_objs, using)
