from django.db import models

from common import limits
from common.fields import CodeField, SearchVectorMarker, TokenField
from people.models import Person


class Media(models.Model):
    title = models.CharField(max_length=limits.TITLE_LENGTH)
    code = CodeField()
    search = SearchVectorMarker()


class Photo(Media):
    width = models.PositiveIntegerField()
    height = models.PositiveIntegerField()


class Album(models.Model):
    owner = models.ForeignKey(Person, models.CASCADE, related_name="owned_albums")
    cover = models.ForeignKey(Photo, models.SET_NULL, null=True, related_name="covers")
    short_code = CodeField(max_length=6)
    photos = models.ManyToManyField(Photo, related_name="albums")
    share_token = TokenField()
    embed_token = TokenField(max_length=16, indexed=True)


class Print(models.Model):
    photo = models.OneToOneField(Photo, models.CASCADE, primary_key=True)
    copies = models.PositiveSmallIntegerField(default=1)


class PrintOrder(models.Model):
    item = models.ForeignKey(Print, models.PROTECT)
    quantity = models.PositiveIntegerField()
