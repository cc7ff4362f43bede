query: Event.objects.filter(data__a__range=(date(2020, 1, 1), date(2021, 1, 1))).values_list("id", flat=True)

[sqlite]
error[bad_value]: Object of type date is not JSON serializable
 --> line 1, column 38
  | Event.objects.filter(data__a__range=(date(2020, 1, 1), date(2021, 1, 1))).values_list("id", flat=True)
  |                                      ^^^^^^^^^^^^^^^^

[postgresql]
error[bad_value]: Object of type date is not JSON serializable
 --> line 1, column 38
  | Event.objects.filter(data__a__range=(date(2020, 1, 1), date(2021, 1, 1))).values_list("id", flat=True)
  |                                      ^^^^^^^^^^^^^^^^

[mysql]
error[bad_value]: Object of type date is not JSON serializable
 --> line 1, column 38
  | Event.objects.filter(data__a__range=(date(2020, 1, 1), date(2021, 1, 1))).values_list("id", flat=True)
  |                                      ^^^^^^^^^^^^^^^^

[oracle]
error[bad_value]: Object of type date is not JSON serializable
 --> line 1, column 38
  | Event.objects.filter(data__a__range=(date(2020, 1, 1), date(2021, 1, 1))).values_list("id", flat=True)
  |                                      ^^^^^^^^^^^^^^^^
