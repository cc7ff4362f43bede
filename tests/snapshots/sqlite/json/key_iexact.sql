-- Event.objects.filter(data__b__c__iexact="y").values_list("id", flat=True)
SELECT "ev_event"."id" FROM "ev_event" WHERE JSON_EXTRACT("ev_event"."data", ?) LIKE ? ESCAPE '\'
-- params: ["$.\"b\".\"c\"", "y"]
