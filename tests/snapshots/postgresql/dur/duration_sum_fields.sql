-- Event.objects.annotate(twice=F("length") + F("length")).filter(twice__gt=timedelta(hours=4)).values_list("id", flat=True)
SELECT "ev_event"."id" FROM "ev_event" WHERE ("ev_event"."length" + "ev_event"."length") > $1::interval
-- params: ["0 days 04:00:00.000000"]
