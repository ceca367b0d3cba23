"""Presidio recognizers for Korean, Chinese and English clinical PHI, enabled through registry.yaml.

Kept free of imports: the NER model's decoding reads the Korean gazetteer, and neither should pull in
Presidio and spaCy where only the model runs.
"""

PHI_GROUP = "phi"  # the regex group holding an identifier's span, without its label, particle or honorific
