-- Event.objects.filter(starts__lt=F("ends") - timedelta(days=1)).values_list("id", flat=True)
SELECT `ev_event`.`id` FROM `ev_event` WHERE `ev_event`.`starts` < (`ev_event`.`ends` - INTERVAL ? MICROSECOND)
-- params: [86400000000]
