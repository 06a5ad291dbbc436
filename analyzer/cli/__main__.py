"""`python -m pinscan.cli`: the same as the `pinscan` command."""

import sys

from pinscan.cli import main

sys.exit(main())
