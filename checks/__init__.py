"""Derivations and checks on a snapshot read once (issue 13).

``checks.snapshot`` reads one regulation's structure (and a regency's roster) through named
Cypher as plain values; ``checks.precedence`` decides who appraises, sets the targets of or
assigns a position (jenjang rule > the unit type's own rule > regulation-wide rule, delegation an
accepted alternative) -- the one implementation the pages, the chains and the people checks use;
``checks.chain`` walks upward from a position or an employee; ``checks.people`` derives and checks
a roster. Results are typed, carry codes and citations and no UI text (dashboard/messages/
words them). No driver is imported here: callers hand in a ``GraphStore``.
"""
