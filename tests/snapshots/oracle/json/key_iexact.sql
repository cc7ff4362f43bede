-- Event.objects.filter(data__b__c__iexact="y").values_list("id", flat=True)
SELECT "EV_EVENT"."ID" FROM "EV_EVENT" WHERE UPPER(COALESCE(JSON_QUERY("EV_EVENT"."DATA", '$."b"."c"'), JSON_VALUE("EV_EVENT"."DATA", '$."b"."c"'))) = UPPER(:1)
-- params: ["y"]
