DossierSearch.add("heads/rd",[["gestationeerd","gestationeerd"]]);
