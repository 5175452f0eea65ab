"""The Open Space screen: marketplace, board, reports, report-back and convergence."""
