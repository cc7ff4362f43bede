-- Venue.objects.filter(info__isnull=True).values_list("id", flat=True)
SELECT "ev_venue"."id" FROM "ev_venue" WHERE "ev_venue"."info" IS NULL
-- params: []
