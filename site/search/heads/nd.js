DossierSearch.add("heads/nd",[["donderdagavond","donderdagavond"],["duitsland","duitsland"],["partnerland","partnerland"],["wapenstilstand","wapenstilstand"]]);
