-- Event.objects.filter(ends__gt=F("starts") + timedelta(hours=2)).values_list("id", flat=True)
SELECT "ev_event"."id" FROM "ev_event" WHERE "ev_event"."ends" > (django_format_dtdelta('+', "ev_event"."starts", ?))
-- params: [7200000000]
