-- Venue.objects.filter(info__isnull=True).values_list("id", flat=True)
SELECT "EV_VENUE"."ID" FROM "EV_VENUE" WHERE "EV_VENUE"."INFO" IS NULL
-- params: []
