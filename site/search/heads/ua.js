DossierSearch.add("heads/ua",[["zelenskyyua","zelenskyyua"]]);
