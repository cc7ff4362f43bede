-- Event.objects.annotate(took=F("ends") - F("starts")).filter(took__gte=timedelta(hours=2)).values_list("id", flat=True)
SELECT "ev_event"."id" FROM "ev_event" WHERE django_timestamp_diff("ev_event"."ends", "ev_event"."starts") >= ?
-- params: [7200000000]
