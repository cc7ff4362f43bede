-- Event.objects.annotate(later=ExpressionWrapper(F("starts") + timedelta(days=1, seconds=1), output_field=DateTimeField())).values_list("id", "later")
SELECT "EV_EVENT"."ID", ("EV_EVENT"."STARTS" + :1) AS "LATER" FROM "EV_EVENT"
-- params: ["1 days 00:00:01.000000"]
