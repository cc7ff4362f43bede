-- Event.objects.filter(ends__gt=F("starts") + timedelta(hours=2)).values_list("id", flat=True)
SELECT "ev_event"."id" FROM "ev_event" WHERE "ev_event"."ends" > ("ev_event"."starts" + $1::interval)
-- params: ["0 days 02:00:00.000000"]
