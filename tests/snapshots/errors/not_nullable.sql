query: Product.objects.filter(id=1).update(category=None)

[sqlite]
error[bad_value]: field 'category' is not nullable
 --> line 1, column 46
  | Product.objects.filter(id=1).update(category=None)
  |                                              ^^^^

[postgresql]
error[bad_value]: field 'category' is not nullable
 --> line 1, column 46
  | Product.objects.filter(id=1).update(category=None)
  |                                              ^^^^

[mysql]
error[bad_value]: field 'category' is not nullable
 --> line 1, column 46
  | Product.objects.filter(id=1).update(category=None)
  |                                              ^^^^

[oracle]
error[bad_value]: field 'category' is not nullable
 --> line 1, column 46
  | Product.objects.filter(id=1).update(category=None)
  |                                              ^^^^
