-- Event.objects.annotate(took=F("ends") - F("starts")).values_list("id", "took")
SELECT "ev_event"."id", ("ev_event"."ends" - "ev_event"."starts") AS "took" FROM "ev_event"
-- params: []
