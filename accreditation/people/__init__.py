"""People: delegates and delegations, their accreditation status, approval, photos and the directory.

- :mod:`.delegates`: the one way to create, edit and cancel a person (the editor and the importer).
- :mod:`.fields`: a person's fields, how each is cleaned and what makes a value wrong.
- :mod:`.status`: what a status means and which change takes an approval back.
- :mod:`.approval`: protocol's decisions (approve, reject, send back) and the print override.
- :mod:`.photos`: any photo a region sends, made into the passport-shaped JPEG a badge prints.
- :mod:`.badge_records`: a person's badge rows, revoked when the person is cancelled or refused.
- :mod:`.directory`: the country → region → delegation tree and the pages of people the window shows,
  and the order a list is read in.

Uses event, access, the store and names; the capabilities above (badges, intake, check-in...) use it.
"""
