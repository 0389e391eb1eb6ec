DossierSearch.add("heads/jk",[["frankrijk","frankrijk"],["hoofdzakelijk","hoofdzak"]]);
