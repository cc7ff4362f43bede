-- Event.objects.filter(venue__info__seats__gte=100).values_list("id", flat=True)
SELECT "EV_EVENT"."ID" FROM "EV_EVENT" INNER JOIN "EV_VENUE" ON ("EV_EVENT"."VENUE_ID" = "EV_VENUE"."ID") WHERE COALESCE(JSON_QUERY("EV_VENUE"."INFO", '$."seats"'), JSON_VALUE("EV_VENUE"."INFO", '$."seats"')) >= :1
-- params: [100]
