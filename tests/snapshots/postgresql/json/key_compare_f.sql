-- Event.objects.filter(data__a=F("parent__data__a")).values_list("id", flat=True)
SELECT "ev_event"."id" FROM "ev_event" INNER JOIN "ev_event" "T2" ON ("ev_event"."parent_id" = "T2"."id") WHERE ("ev_event"."data" -> $1) = ("T2"."data" -> $2)
-- params: ["a", "a"]
