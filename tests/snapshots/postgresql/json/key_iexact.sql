-- Event.objects.filter(data__b__c__iexact="y").values_list("id", flat=True)
SELECT "ev_event"."id" FROM "ev_event" WHERE UPPER(("ev_event"."data" #>> $1)::text) = UPPER($2)
-- params: ["{\"b\",\"c\"}", "y"]
