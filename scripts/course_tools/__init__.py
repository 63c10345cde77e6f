"""The course's own tools, run through the shell entry points in scripts/ (update-navigation, execute-notebooks,
student-copy, build-site, lock-requirements). Each module has a `main(argv)`; `constants` holds what they share."""
