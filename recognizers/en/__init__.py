"""English recognizers for clinical text: one class per identifier, context built into the patterns.

Context words sit in the patterns themselves ("MRN: " before a number, "Dr. " before a name) and the
label is left out of the match with `\\K`, which the `regex` module Presidio uses supports and which,
unlike a variable-length look-behind, costs nothing at positions where the label is absent.
"""

# Every pattern starts with ASCII_WORDS: with Unicode word rules "Smith는" or "HIV抗体" has no word
# boundary after the English word, and code-mixed notes are full of such joins.
ASCII_WORDS = "(?a)"
