"""Defaults shared by the command line, the jobs and the pipeline, kept in a module that imports nothing."""

# The country whose politics the news reports unless the user says otherwise (``--home-country``):
# the corpus and most of the news newsgraph is measured on are American.
HOME_COUNTRY = "USA"
