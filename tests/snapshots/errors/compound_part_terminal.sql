query: Tag.objects.union(Tag.objects.count())

[sqlite]
error[bad_argument]: a queryset of a union cannot end with count()
 --> line 1, column 31
  | Tag.objects.union(Tag.objects.count())
  |                               ^^^^^

[postgresql]
error[bad_argument]: a queryset of a union cannot end with count()
 --> line 1, column 31
  | Tag.objects.union(Tag.objects.count())
  |                               ^^^^^

[mysql]
error[bad_argument]: a queryset of a union cannot end with count()
 --> line 1, column 31
  | Tag.objects.union(Tag.objects.count())
  |                               ^^^^^

[oracle]
error[bad_argument]: a queryset of a union cannot end with count()
 --> line 1, column 31
  | Tag.objects.union(Tag.objects.count())
  |                               ^^^^^
