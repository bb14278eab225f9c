"""Seating: a session's room drawn to scale, people dragged into seats, the plan and the name cards printed."""
