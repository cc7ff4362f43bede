query: Event.objects.distinct("venue").order_by("title").values_list("id", flat=True)

[sqlite]
error[unsupported]: sqlite does not support distinct(*fields) (DISTINCT ON)
 --> line 1, column 15
  | Event.objects.distinct("venue").order_by("title").values_list("id", flat=True)
  |               ^^^^^^^^

[postgresql]
error[bad_argument]: distinct(*fields) must lead order_by(): SELECT DISTINCT ON expressions must match initial ORDER BY expressions
 --> line 1, column 15
  | Event.objects.distinct("venue").order_by("title").values_list("id", flat=True)
  |               ^^^^^^^^

[mysql]
error[unsupported]: mysql does not support distinct(*fields) (DISTINCT ON)
 --> line 1, column 15
  | Event.objects.distinct("venue").order_by("title").values_list("id", flat=True)
  |               ^^^^^^^^

[oracle]
error[unsupported]: oracle does not support distinct(*fields) (DISTINCT ON)
 --> line 1, column 15
  | Event.objects.distinct("venue").order_by("title").values_list("id", flat=True)
  |               ^^^^^^^^
