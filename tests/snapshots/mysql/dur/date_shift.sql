-- Event.objects.annotate(next=ExpressionWrapper(F("day") + timedelta(days=1), output_field=DateField())).filter(next__gt=date(2021, 3, 1)).values_list("id", flat=True)
SELECT `ev_event`.`id` FROM `ev_event` WHERE (`ev_event`.`day` + INTERVAL ? MICROSECOND) > ?
-- params: [86400000000, "2021-03-01"]
