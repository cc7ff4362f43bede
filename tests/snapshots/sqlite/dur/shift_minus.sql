-- Event.objects.filter(starts__lt=F("ends") - timedelta(days=1)).values_list("id", flat=True)
SELECT "ev_event"."id" FROM "ev_event" WHERE "ev_event"."starts" < (django_format_dtdelta('-', "ev_event"."ends", ?))
-- params: [86400000000]
