-- Event.objects.filter(data__name__iregex="^a").values_list("id", flat=True)
SELECT "ev_event"."id" FROM "ev_event" WHERE JSON_EXTRACT("ev_event"."data", ?) REGEXP '(?i)' || ?
-- params: ["$.\"name\"", "^a"]
