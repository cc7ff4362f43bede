-- Event.objects.annotate(later=ExpressionWrapper(F("starts") + timedelta(days=1, seconds=1), output_field=DateTimeField())).values_list("id", "later")
SELECT "ev_event"."id", (django_format_dtdelta('+', "ev_event"."starts", ?)) AS "later" FROM "ev_event"
-- params: [86401000000]
