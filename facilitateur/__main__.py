from facilitateur.cli import main

raise SystemExit(main())
