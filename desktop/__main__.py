"""`python -m desktop` does what the `sister-cities` command does."""

import sys

from desktop.app import main

sys.exit(main())
