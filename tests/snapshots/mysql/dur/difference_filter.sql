-- Event.objects.annotate(took=F("ends") - F("starts")).filter(took__gte=timedelta(hours=2)).values_list("id", flat=True)
SELECT `ev_event`.`id` FROM `ev_event` WHERE TIMESTAMPDIFF(MICROSECOND, `ev_event`.`starts`, `ev_event`.`ends`) >= ?
-- params: [7200000000]
