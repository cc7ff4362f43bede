query: Product.objects.filter(name="x)

[sqlite]
error[syntax]: unterminated string literal
 --> line 1, column 29
  | Product.objects.filter(name="x)
  |                             ^^^

[postgresql]
error[syntax]: unterminated string literal
 --> line 1, column 29
  | Product.objects.filter(name="x)
  |                             ^^^

[mysql]
error[syntax]: unterminated string literal
 --> line 1, column 29
  | Product.objects.filter(name="x)
  |                             ^^^

[oracle]
error[syntax]: unterminated string literal
 --> line 1, column 29
  | Product.objects.filter(name="x)
  |                             ^^^
