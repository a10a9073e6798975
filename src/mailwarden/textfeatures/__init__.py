"""Text features shared by content checks and the classifier: tokens, scripts, confusables, domains."""
