-- Event.objects.annotate(took=F("ends") - F("starts")).values_list("id", "took")
SELECT "ev_event"."id", django_timestamp_diff("ev_event"."ends", "ev_event"."starts") AS "took" FROM "ev_event"
-- params: []
