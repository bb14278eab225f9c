"""A person's photo: from a file or the desk's camera, framed for the badge."""
