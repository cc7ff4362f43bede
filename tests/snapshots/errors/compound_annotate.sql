query: Tag.objects.union(Tag.objects.all()).annotate(n=Count("id"))

[sqlite]
error[bad_argument]: annotate() after union() is not supported
 --> line 1, column 38
  | Tag.objects.union(Tag.objects.all()).annotate(n=Count("id"))
  |                                      ^^^^^^^^

[postgresql]
error[bad_argument]: annotate() after union() is not supported
 --> line 1, column 38
  | Tag.objects.union(Tag.objects.all()).annotate(n=Count("id"))
  |                                      ^^^^^^^^

[mysql]
error[bad_argument]: annotate() after union() is not supported
 --> line 1, column 38
  | Tag.objects.union(Tag.objects.all()).annotate(n=Count("id"))
  |                                      ^^^^^^^^

[oracle]
error[bad_argument]: annotate() after union() is not supported
 --> line 1, column 38
  | Tag.objects.union(Tag.objects.all()).annotate(n=Count("id"))
  |                                      ^^^^^^^^
