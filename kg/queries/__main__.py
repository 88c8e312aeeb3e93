"""python -m kg.queries --update-examples --store DIR"""

import sys

from kg.queries import main

sys.exit(main())
