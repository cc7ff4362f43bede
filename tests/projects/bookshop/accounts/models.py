from django.db import models
from django.utils.translation import gettext_lazy as _

from core.base import TimeStamped
from core import constants


class Member(TimeStamped):
    class Level(models.IntegerChoices):
        BASIC = 1, _("Basic")
        GOLD = 2, _("Gold")

    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        CLOSED = "closed"

    email = models.EmailField(unique=True)
    display_name = models.CharField(_("display name"), max_length=constants.NAME_LENGTH * 2)
    level = models.PositiveSmallIntegerField(choices=Level.choices, default=Level.BASIC)
    status = models.CharField(max_length=max(len("active"), len("closed")), default=Status.ACTIVE)
    address = models.GenericIPAddressField(null=True, blank=True)
    website = models.URLField(blank=True)

    USERNAME_FIELD = "email"

    class Meta(TimeStamped.Meta):
        db_table = "members"

    @property
    def is_gold(self) -> bool:
        return self.level == self.Level.GOLD
