query: Product.objects.update(id=5)

[sqlite]
error[bad_argument]: 'id' is the auto-increment primary key of Product and is read-only
 --> line 1, column 24
  | Product.objects.update(id=5)
  |                        ^^

[postgresql]
error[bad_argument]: 'id' is the auto-increment primary key of Product and is read-only
 --> line 1, column 24
  | Product.objects.update(id=5)
  |                        ^^

[mysql]
error[bad_argument]: 'id' is the auto-increment primary key of Product and is read-only
 --> line 1, column 24
  | Product.objects.update(id=5)
  |                        ^^

[oracle]
error[bad_argument]: 'id' is the auto-increment primary key of Product and is read-only
 --> line 1, column 24
  | Product.objects.update(id=5)
  |                        ^^
