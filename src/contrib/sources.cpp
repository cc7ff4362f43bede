// SPDX-License-Identifier: MIT
// The models of django.contrib as Django 3.2's migrations leave them, written for sqlweave's
// reader: the fields, the Meta options and the relations that shape SQL, nothing else (no
// methods, labels, help texts or validators). Django's contrib apps ship migrations that fix
// their id columns as AutoField, which their AppConfigs' default_auto_field repeats.
#include "contrib/contrib.hpp"

namespace sqlweave::contrib {
namespace {

constexpr std::string_view contenttypes_models = R"(from django.db import models


class ContentType(models.Model):
    app_label = models.CharField(max_length=100)
    model = models.CharField(max_length=100)

    class Meta:
        db_table = "django_content_type"
        unique_together = [["app_label", "model"]]
)";

constexpr std::string_view auth_base_user = R"(from django.db import models


class BaseUserManager(models.Manager):
    pass


class AbstractBaseUser(models.Model):
    password = models.CharField(max_length=128)
    last_login = models.DateTimeField(blank=True, null=True)

    class Meta:
        abstract = True
)";

constexpr std::string_view auth_models = R"(from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser, BaseUserManager
from django.contrib.contenttypes.models import ContentType
from django.db import models


class PermissionManager(models.Manager):
    pass


class GroupManager(models.Manager):
    pass


class UserManager(BaseUserManager):
    pass


class Permission(models.Model):
    name = models.CharField(max_length=255)
    content_type = models.ForeignKey(ContentType, models.CASCADE)
    codename = models.CharField(max_length=100)

    class Meta:
        unique_together = [["content_type", "codename"]]
        ordering = ["content_type__app_label", "content_type__model", "codename"]


class Group(models.Model):
    name = models.CharField(max_length=150, unique=True)
    permissions = models.ManyToManyField(Permission, blank=True)


class PermissionsMixin(models.Model):
    is_superuser = models.BooleanField(default=False)
    groups = models.ManyToManyField(Group, blank=True, related_name="user_set",
                                    related_query_name="user")
    user_permissions = models.ManyToManyField(Permission, blank=True, related_name="user_set",
                                              related_query_name="user")

    class Meta:
        abstract = True


class AbstractUser(AbstractBaseUser, PermissionsMixin):
    username = models.CharField(max_length=150, unique=True)
    first_name = models.CharField(max_length=150, blank=True)
    last_name = models.CharField(max_length=150, blank=True)
    email = models.EmailField(blank=True)
    is_staff = models.BooleanField(default=False)
    is_active = models.BooleanField(default=True)
    date_joined = models.DateTimeField()

    class Meta:
        abstract = True


class User(AbstractUser):
    class Meta(AbstractUser.Meta):
        swappable = "AUTH_USER_MODEL"


class AnonymousUser:
    pass
)";

constexpr std::string_view sessions_base_session = R"(from django.db import models


class BaseSessionManager(models.Manager):
    pass


class AbstractBaseSession(models.Model):
    session_key = models.CharField(max_length=40, primary_key=True)
    session_data = models.TextField()
    expire_date = models.DateTimeField(db_index=True)

    class Meta:
        abstract = True
)";

constexpr std::string_view sessions_models =
    R"(from django.contrib.sessions.base_session import AbstractBaseSession, BaseSessionManager


class SessionManager(BaseSessionManager):
    pass


class Session(AbstractBaseSession):
    class Meta(AbstractBaseSession.Meta):
        db_table = "django_session"
)";

constexpr std::string_view sites_models = R"(from django.db import models


class SiteManager(models.Manager):
    pass


class Site(models.Model):
    domain = models.CharField(max_length=100, unique=True)
    name = models.CharField(max_length=50)

    class Meta:
        db_table = "django_site"
        ordering = ["domain"]
)";

constexpr std::string_view admin_models = R"(from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models


class LogEntryManager(models.Manager):
    pass


class LogEntry(models.Model):
    action_time = models.DateTimeField()
    user = models.ForeignKey(settings.AUTH_USER_MODEL, models.CASCADE)
    content_type = models.ForeignKey(ContentType, models.SET_NULL, blank=True, null=True)
    object_id = models.TextField(blank=True, null=True)
    object_repr = models.CharField(max_length=200)
    action_flag = models.PositiveSmallIntegerField()
    change_message = models.TextField(blank=True)

    class Meta:
        db_table = "django_admin_log"
        ordering = ["-action_time"]
)";

constexpr std::string_view flatpages_models = R"(from django.contrib.sites.models import Site
from django.db import models


class FlatPage(models.Model):
    url = models.CharField(max_length=100, db_index=True)
    title = models.CharField(max_length=200)
    content = models.TextField(blank=True)
    enable_comments = models.BooleanField(default=False)
    template_name = models.CharField(max_length=70, blank=True)
    registration_required = models.BooleanField(default=False)
    sites = models.ManyToManyField(Site)

    class Meta:
        db_table = "django_flatpage"
        ordering = ["url"]
)";

constexpr std::string_view redirects_models = R"(from django.contrib.sites.models import Site
from django.db import models


class Redirect(models.Model):
    site = models.ForeignKey(Site, models.CASCADE)
    old_path = models.CharField(max_length=200, db_index=True)
    new_path = models.CharField(max_length=200, blank=True)

    class Meta:
        db_table = "django_redirect"
        unique_together = [["site", "old_path"]]
        ordering = ["old_path"]
)";

}  // namespace

std::span<const module_source> modules() {
  static constexpr module_source all[] = {
      {"django.contrib.contenttypes.models", contenttypes_models},
      {"django.contrib.auth.base_user", auth_base_user},
      {"django.contrib.auth.models", auth_models},
      {"django.contrib.sessions.base_session", sessions_base_session},
      {"django.contrib.sessions.models", sessions_models},
      {"django.contrib.sites.models", sites_models},
      {"django.contrib.admin.models", admin_models},
      {"django.contrib.flatpages.models", flatpages_models},
      {"django.contrib.redirects.models", redirects_models},
  };
  return all;
}

}  // namespace sqlweave::contrib
