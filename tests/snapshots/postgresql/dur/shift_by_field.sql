-- Event.objects.filter(ends=F("starts") + F("length")).values_list("id", flat=True)
SELECT "ev_event"."id" FROM "ev_event" WHERE "ev_event"."ends" = ("ev_event"."starts" + "ev_event"."length")
-- params: []
