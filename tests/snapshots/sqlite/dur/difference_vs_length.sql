-- Event.objects.filter(length=F("ends") - F("starts")).values_list("id", flat=True)
SELECT "ev_event"."id" FROM "ev_event" WHERE "ev_event"."length" = django_timestamp_diff("ev_event"."ends", "ev_event"."starts")
-- params: []
