query: Prodcut.objects.all()

[sqlite]
error[unknown_model]: unknown model 'Prodcut'; did you mean 'Product'?
 --> line 1, column 1
  | Prodcut.objects.all()
  | ^^^^^^^

[postgresql]
error[unknown_model]: unknown model 'Prodcut'; did you mean 'Product'?
 --> line 1, column 1
  | Prodcut.objects.all()
  | ^^^^^^^

[mysql]
error[unknown_model]: unknown model 'Prodcut'; did you mean 'Product'?
 --> line 1, column 1
  | Prodcut.objects.all()
  | ^^^^^^^

[oracle]
error[unknown_model]: unknown model 'Prodcut'; did you mean 'Product'?
 --> line 1, column 1
  | Prodcut.objects.all()
  | ^^^^^^^
