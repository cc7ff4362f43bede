-- Event.objects.annotate(k=KeyTransform('quo"te', "data")).filter(k__gte=3).values_list("id", flat=True)
SELECT "EV_EVENT"."ID" FROM "EV_EVENT" WHERE COALESCE(JSON_QUERY("EV_EVENT"."DATA", '$."quo\"te"'), JSON_VALUE("EV_EVENT"."DATA", '$."quo\"te"')) >= :1
-- params: [3]
